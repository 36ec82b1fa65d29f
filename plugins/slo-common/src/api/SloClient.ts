import type {
  EntitySloHistory,
  EntitySloReport,
  OverviewFilters,
  SloOverview,
} from './reportTypes';

/** An entity as the SLO routes address it. */
export type SloEntityName = { kind: string; namespace: string; name: string };

/** What the portal asks the SLO backend. */
export interface SloApi {
  /** The SLOs tab: every objective of the entity, with chart series. */
  getEntityReport(entity: SloEntityName): Promise<EntitySloReport>;
  /** The Prometheus rule file generated from the entity's OpenSLO documents. */
  getEntityRules(entity: SloEntityName): Promise<string>;
  /** The daily budget snapshots of the entity's objectives over the last `days` days. */
  getEntityHistory(
    entity: SloEntityName,
    options?: { days?: number },
  ): Promise<EntitySloHistory>;
  /** The org-wide Error budgets view. */
  getOverview(filters?: OverviewFilters): Promise<SloOverview>;
}

/** The two frontend services the client needs, typed structurally so this package stays isomorphic. */
export type SloClientOptions = {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
};

/** The path of an entity's routes, each part encoded. */
export function sloEntityPath(entity: SloEntityName): string {
  return ['entities', entity.kind, entity.namespace, entity.name]
    .map(encodeURIComponent)
    .join('/');
}

/** HTTP client for the SLO backend, usable from the browser and from Node. */
export class SloClient implements SloApi {
  constructor(private readonly options: SloClientOptions) {}

  async getEntityReport(entity: SloEntityName): Promise<EntitySloReport> {
    const response = await this.get(`${sloEntityPath(entity)}/report`);
    return (await response.json()) as EntitySloReport;
  }

  async getEntityRules(entity: SloEntityName): Promise<string> {
    const response = await this.get(`${sloEntityPath(entity)}/rules`);
    return response.text();
  }

  async getEntityHistory(
    entity: SloEntityName,
    options: { days?: number } = {},
  ): Promise<EntitySloHistory> {
    const suffix = options.days ? `?days=${options.days}` : '';
    const response = await this.get(
      `${sloEntityPath(entity)}/history${suffix}`,
    );
    return (await response.json()) as EntitySloHistory;
  }

  async getOverview(filters: OverviewFilters = {}): Promise<SloOverview> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value) {
        query.set(key, value);
      }
    }
    const suffix = query.size > 0 ? `?${query}` : '';
    const response = await this.get(`overview${suffix}`);
    return (await response.json()) as SloOverview;
  }

  private async get(path: string): Promise<Response> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('slo');
    const response = await this.options.fetchApi.fetch(`${baseUrl}/${path}`);
    if (!response.ok) {
      throw new Error(await describeFailure(response));
    }
    return response;
  }
}

/** The backend's own error message when it sent one, else the status line. */
async function describeFailure(response: Response): Promise<string> {
  const fallback =
    `SLO backend answered ${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as {
      error?: { message?: string };
    };
    return body.error?.message ? `${body.error.message}` : fallback;
  } catch {
    return fallback;
  }
}
