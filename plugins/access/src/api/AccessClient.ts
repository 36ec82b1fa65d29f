import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import type {
  AccessApi,
  AuditTrailQuery,
  ExplainQuery,
  WhoCanQuery,
} from './AccessApi';

type Query = Record<string, string | number | undefined>;

/** The Access backend through the app's discovery and fetch APIs. */
export class AccessClient implements AccessApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getRoles() {
    return this.get('/roles');
  }

  getMatrix() {
    return this.get('/matrix');
  }

  whoCan(query: WhoCanQuery) {
    return this.get('/who-can', { ...query });
  }

  explain(query: ExplainQuery) {
    return this.get('/explain', { ...query });
  }

  getAuditTrail(query: AuditTrailQuery) {
    return this.get('/audit', { ...query });
  }

  private async get(path: string, query: Query = {}) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      // Empty inputs are left out: the backend refuses empty values.
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    const baseUrl = await this.discoveryApi.getBaseUrl('access');
    const search = params.toString();
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${search ? `?${search}` : ''}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return await response.json();
  }
}
