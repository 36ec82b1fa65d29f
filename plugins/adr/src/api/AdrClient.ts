import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import type {
  DecisionGraph,
  DecisionList,
  DecisionProblems,
  DecisionQuery,
  DecisionRecord,
  NewDecisionRequest,
  NewDecisionResult,
  RefreshResult,
  ReviewQueue,
} from '@localplus/plugin-adr-common';
import {
  encodePath,
  encodeQuery,
  type QueryValue,
} from '@localplus/portal-react';
import type { AdrApi, DecisionAddress, GraphQuery } from './AdrApi';
import { AdrApiError } from './AdrApiError';

/** The ADR backend through the app's discovery and fetch APIs. */
export class AdrClient implements AdrApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listDecisions(query: DecisionQuery = {}): Promise<DecisionList> {
    return this.request('GET', '/decisions', {
      query: {
        status: query.status,
        from: query.from,
        to: query.to,
        system: query.system,
        owner: query.owner,
        entityRef: query.entityRef,
        decisionMaker: query.decisionMaker,
        tag: query.tag,
        q: query.q,
        order: query.order,
        include: query.include,
        limit: query.limit,
        offset: query.offset,
      },
    });
  }

  getDecision(address: DecisionAddress): Promise<DecisionRecord> {
    return this.request(
      'GET',
      `/decisions${encodePath(
        address.kind,
        address.namespace,
        address.name,
        address.slug,
      )}`,
    );
  }

  getGraph(query: GraphQuery = {}): Promise<DecisionGraph> {
    return this.request('GET', '/graph', {
      query: { decision: query.decision, depth: query.depth },
    });
  }

  getProblems(options: { entityRef?: string } = {}): Promise<DecisionProblems> {
    return this.request('GET', '/problems', {
      query: { entityRef: options.entityRef },
    });
  }

  getReviewQueue(): Promise<ReviewQueue> {
    return this.request('GET', '/review');
  }

  refresh(entityRef: string): Promise<RefreshResult> {
    return this.request('POST', '/refresh', { body: { entityRef } });
  }

  createRecord(request: NewDecisionRequest): Promise<NewDecisionResult> {
    return this.request('POST', '/records', { body: request });
  }

  private async request<T>(
    method: 'GET' | 'POST',
    route: string,
    options: { query?: Record<string, QueryValue>; body?: unknown } = {},
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('adr');
    const hasBody = options.body !== undefined;
    const response = await this.fetchApi.fetch(
      `${baseUrl}${route}${encodeQuery(options.query ?? {})}`,
      {
        method,
        headers: hasBody ? { 'Content-Type': 'application/json' } : undefined,
        body: hasBody ? JSON.stringify(options.body) : undefined,
      },
    );
    if (!response.ok) {
      throw await AdrApiError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
