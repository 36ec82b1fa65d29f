import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { encodeQuery, type QueryValue } from '@localplus/portal-react';
import type {
  AccessApi,
  AuditTrailQuery,
  ExplainQuery,
  WhoCanQuery,
} from './AccessApi';

type Query = Record<string, QueryValue>;

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
    const baseUrl = await this.discoveryApi.getBaseUrl('access');
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${encodeQuery(query)}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return await response.json();
  }
}
