import { createApiRef } from '@backstage/frontend-plugin-api';
import { TierModel } from '@localplus/plugin-tiers-common';

/** One tier-model error of one entity that failed catalog processing. */
export interface TierViolation {
  entityRef: string;
  /** The tier the entity declares, when it declares one. */
  tier?: string;
  message: string;
}

/** What the tier pages ask the catalog. */
export interface TiersApi {
  /**
   * Catalog entities per declared tier, keyed by the upper-cased declared
   * value: matching a level id is case-insensitive, as catalog filters are.
   */
  countEntitiesByTier(
    model: Pick<TierModel, 'annotation'>,
  ): Promise<Map<string, number>>;
  /** The tier-model errors of the entities the catalog holds back. */
  getTierViolations(
    model: Pick<TierModel, 'annotation'>,
  ): Promise<TierViolation[]>;
}

export const tiersApiRef = createApiRef<TiersApi>().with({
  id: 'plugin.tiers.api',
  pluginId: 'tiers',
});
