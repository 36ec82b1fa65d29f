import { ResponseError } from '@backstage/errors';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import {
  CatalogErrorsApi,
  HeldBackEntity,
  HeldBackReason,
} from './CatalogErrorsApi';
import { toHeldBackEntity } from './toHeldBackEntity';

const REASONS: HeldBackReason[] = ['failed', 'pending'];

function compareEntities(a: HeldBackEntity, b: HeldBackEntity): number {
  // Entities without a ref go last: there is least to say about them.
  return (a.entityRef ?? '\uffff').localeCompare(b.entityRef ?? '\uffff');
}

/**
 * Reads the catalog's held-back entities from the unprocessed-entities
 * module (`@backstage/plugin-catalog-backend-module-unprocessed`), both of
 * its lists, through the app's discovery and fetch APIs.
 */
export class CatalogErrorsClient implements CatalogErrorsApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async listHeldBackEntities(): Promise<HeldBackEntity[]> {
    const baseUrl = await this.discoveryApi.getBaseUrl('catalog');
    const lists = await Promise.all(
      REASONS.map(reason => this.readList(baseUrl, reason)),
    );
    // The two lists are disjoint in the module; an entity listed twice
    // (a change between the two reads) is kept once, first as failed.
    const byId = new Map<string, HeldBackEntity>();
    for (const entity of lists.flat()) {
      if (!byId.has(entity.id)) {
        byId.set(entity.id, entity);
      }
    }
    return [...byId.values()].sort(compareEntities);
  }

  private async readList(
    baseUrl: string,
    reason: HeldBackReason,
  ): Promise<HeldBackEntity[]> {
    const response = await this.fetchApi.fetch(
      `${baseUrl}/entities/unprocessed/${reason}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const body: unknown = await response.json();
    const rows = (body as { entities?: unknown } | null)?.entities;
    if (!Array.isArray(rows)) {
      return [];
    }
    return rows.flatMap(
      (row, index) => toHeldBackEntity(row, reason, index) ?? [],
    );
  }
}
