import { CatalogApi } from '@backstage/catalog-client';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { TierModel } from '@localplus/plugin-tiers-common';
import { countEntitiesByTier } from './countEntitiesByTier';
import { fetchTierViolations } from './fetchTierViolations';
import { TiersApi, TierViolation } from './TiersApi';

/**
 * The tier pages' client: entity counts from the catalog's facets, violations
 * from the catalog's unprocessed-entities module.
 */
export class TiersClient implements TiersApi {
  private readonly catalogApi: Pick<CatalogApi, 'getEntityFacets'>;
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: {
    catalogApi: Pick<CatalogApi, 'getEntityFacets'>;
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
  }) {
    this.catalogApi = options.catalogApi;
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  countEntitiesByTier(
    model: Pick<TierModel, 'annotation'>,
  ): Promise<Map<string, number>> {
    return countEntitiesByTier(this.catalogApi, model);
  }

  getTierViolations(
    model: Pick<TierModel, 'annotation'>,
  ): Promise<TierViolation[]> {
    return fetchTierViolations(
      { discoveryApi: this.discoveryApi, fetchApi: this.fetchApi },
      model,
    );
  }
}
