import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import type {
  CollectorsResponse,
  ComplianceExemption,
  ComplianceFramework,
  ComplianceStatusResponse,
  ControlDetailResponse,
  EntityComplianceResponse,
  ExemptionsResponse,
  LedgerVerifyResponse,
  MyFailingControlsResponse,
  ObservationsPage,
  RunsResponse,
} from '@localplus/plugin-compliance-common';
import {
  encodePath,
  encodeQuery,
  type QueryValue,
} from '@localplus/portal-react';
import type {
  ComplianceApi,
  ExemptionRequest,
  ExemptionsQuery,
  ExportedArchive,
  ObservationsQuery,
  PeriodQuery,
} from './ComplianceApi';
import { exportFileName } from './exportFileName';

type Query = Record<string, QueryValue>;

/** The compliance backend through the app's discovery and fetch APIs. */
export class ComplianceClient implements ComplianceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getStatus(
    query: PeriodQuery & { framework?: string } = {},
  ): Promise<ComplianceStatusResponse> {
    return this.json('GET', '/status', {
      query: { from: query.from, to: query.to, framework: query.framework },
    });
  }

  getFrameworks(): Promise<{ items: ComplianceFramework[] }> {
    return this.json('GET', '/frameworks');
  }

  getControl(
    id: string,
    period: PeriodQuery = {},
  ): Promise<ControlDetailResponse> {
    return this.json('GET', `/controls${encodePath(id)}`, {
      query: { from: period.from, to: period.to },
    });
  }

  getObservations(query: ObservationsQuery): Promise<ObservationsPage> {
    return this.json('GET', '/observations', {
      query: {
        control: query.control,
        check: query.check,
        subject: query.subject,
        entity: query.entity,
        result: query.result,
        from: query.from,
        to: query.to,
        limit: query.limit,
        offset: query.offset,
      },
    });
  }

  getEntityCompliance(
    entityRef: string,
    period: PeriodQuery = {},
  ): Promise<EntityComplianceResponse> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return this.json('GET', `/entity${encodePath(kind, namespace, name)}`, {
      query: { from: period.from, to: period.to },
    });
  }

  getMyFailingControls(): Promise<MyFailingControlsResponse> {
    return this.json('GET', '/me/failing');
  }

  getRuns(options: { limit?: number } = {}): Promise<RunsResponse> {
    return this.json('GET', '/runs', { query: { limit: options.limit } });
  }

  startRun(): Promise<{ runId?: string; triggered: true }> {
    return this.json('POST', '/runs', { body: {} });
  }

  getExemptions(query: ExemptionsQuery = {}): Promise<ExemptionsResponse> {
    return this.json('GET', '/exemptions', {
      query: {
        status: query.status,
        control: query.control,
        entity: query.entity,
      },
    });
  }

  requestExemption(request: ExemptionRequest): Promise<ComplianceExemption> {
    return this.json('POST', '/exemptions', { body: request });
  }

  approveExemption(id: string, comment?: string): Promise<ComplianceExemption> {
    return this.json('POST', `/exemptions${encodePath(id, 'approve')}`, {
      body: comment ? { comment } : {},
    });
  }

  rejectExemption(id: string, comment: string): Promise<ComplianceExemption> {
    return this.json('POST', `/exemptions${encodePath(id, 'reject')}`, {
      body: { comment },
    });
  }

  getCollectors(): Promise<CollectorsResponse> {
    return this.json('GET', '/collectors');
  }

  verifyLedger(): Promise<LedgerVerifyResponse> {
    return this.json('GET', '/ledger/verify');
  }

  async exportPeriod(period: PeriodQuery): Promise<ExportedArchive> {
    const response = await this.send('GET', '/export', {
      query: { from: period.from, to: period.to },
    });
    return {
      blob: await response.blob(),
      fileName: exportFileName(
        response.headers.get('Content-Disposition'),
        period,
      ),
    };
  }

  private async json<T>(
    method: 'GET' | 'POST',
    route: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<T> {
    const response = await this.send(method, route, options);
    return (await response.json()) as T;
  }

  private async send(
    method: 'GET' | 'POST',
    route: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('compliance');
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
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
