import { CatalogApi } from '@backstage/catalog-client';
import { TierModel } from '@localplus/plugin-tiers-common';

/** The catalog filter key of the annotation that declares the tier. */
export function tierFilterKey(model: Pick<TierModel, 'annotation'>): string {
  return `metadata.annotations.${model.annotation}`;
}

/**
 * Counts catalog entities per declared tier, from one facet query. Keys are
 * the declared values as the catalog returns them; matching a level id is
 * case-insensitive, as catalog filters are.
 */
export async function countEntitiesByTier(
  catalogApi: Pick<CatalogApi, 'getEntityFacets'>,
  model: Pick<TierModel, 'annotation'>,
): Promise<Map<string, number>> {
  const key = tierFilterKey(model);
  const { facets } = await catalogApi.getEntityFacets({ facets: [key] });
  const counts = new Map<string, number>();
  for (const { value, count } of facets[key] ?? []) {
    const tier = value.toLocaleUpperCase('en-US');
    counts.set(tier, (counts.get(tier) ?? 0) + count);
  }
  return counts;
}
