import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import type {
  CalendarLink,
  CancelOverrideRequest,
  CoverageReport,
  CreateCalendarLinkRequest,
  CreateOverrideRequest,
  CreateSwapRequest,
  EntityOnCall,
  FairnessReport,
  MyShifts,
  OnCallOverview,
  OnCallPage,
  OverrideChange,
  RotationList,
  RotationSchedule,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import {
  encodePath,
  encodeQuery,
  type QueryValue,
} from '@localplus/portal-react';
import type {
  OnCallApi,
  OnCallEntityName,
  PageQuery,
  TimeRange,
} from './OnCallApi';
import { OnCallApiError } from './OnCallApiError';

type Query = Record<string, QueryValue>;

/** The on-call backend through the app's discovery and fetch APIs. */
export class OnCallClient implements OnCallApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listRotations(): Promise<RotationList> {
    return this.json('GET', '/rotations');
  }

  getSchedule(rotation: string, range: TimeRange): Promise<RotationSchedule> {
    return this.json('GET', encodePath('rotations', rotation, 'schedule'), {
      query: range,
    });
  }

  getChanges(
    rotation: string,
    options: { limit?: number } = {},
  ): Promise<OverrideChange[]> {
    return this.json('GET', encodePath('rotations', rotation, 'changes'), {
      query: { limit: options.limit },
    });
  }

  createOverride(
    rotation: string,
    request: CreateOverrideRequest,
  ): Promise<ScheduleOverride> {
    return this.json('POST', encodePath('rotations', rotation, 'overrides'), {
      body: request,
    });
  }

  createSwap(
    rotation: string,
    request: CreateSwapRequest,
  ): Promise<ScheduleOverride[]> {
    return this.json('POST', encodePath('rotations', rotation, 'swaps'), {
      body: request,
    });
  }

  cancelOverride(
    id: string,
    request: CancelOverrideRequest,
  ): Promise<ScheduleOverride[]> {
    return this.json('DELETE', encodePath('overrides', id), { body: request });
  }

  getEntityOnCall(entity: OnCallEntityName): Promise<EntityOnCall> {
    return this.json(
      'GET',
      encodePath('entity', entity.kind, entity.namespace, entity.name),
    );
  }

  getNow(): Promise<OnCallOverview> {
    return this.json('GET', '/now');
  }

  getCoverage(options: { weeks?: number } = {}): Promise<CoverageReport> {
    return this.json('GET', '/coverage', { query: { weeks: options.weeks } });
  }

  getFairness(range: TimeRange): Promise<FairnessReport> {
    return this.json('GET', '/fairness', { query: range });
  }

  async getFairnessCsv(range: TimeRange): Promise<string> {
    const response = await this.send('GET', '/fairness.csv', { query: range });
    return response.text();
  }

  getMyShifts(range: TimeRange): Promise<MyShifts> {
    return this.json('GET', '/me/shifts', { query: range });
  }

  listPages(query: PageQuery = {}): Promise<OnCallPage[]> {
    return this.json('GET', '/pages', {
      query: { status: query.status, entityRef: query.entityRef },
    });
  }

  acknowledgePage(id: string): Promise<OnCallPage> {
    return this.json('POST', encodePath('pages', id, 'acknowledge'));
  }

  listCalendarLinks(): Promise<CalendarLink[]> {
    return this.json('GET', '/calendar-links');
  }

  createCalendarLink(
    request: CreateCalendarLinkRequest,
  ): Promise<CalendarLink> {
    return this.json('POST', '/calendar-links', { body: request });
  }

  async revokeCalendarLink(id: string): Promise<void> {
    await this.send('DELETE', encodePath('calendar-links', id));
  }

  private async json<T>(
    method: string,
    route: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<T> {
    const response = await this.send(method, route, options);
    return (await response.json()) as T;
  }

  private async send(
    method: string,
    route: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('oncall');
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
      throw await OnCallApiError.fromResponse(response);
    }
    return response;
  }
}
