import { TierModel } from '@localplus/plugin-tiers-common';
import { TIER_FILTER_NAME } from './EntityTierFilter';

/**
 * The query string that opens the catalog on one tier: every owner, the
 * first kind the tier model applies to, and the Tier filter.
 */
export function tierCatalogQuery(
  model: Pick<TierModel, 'appliesTo'>,
  tierId: string,
): string {
  const kind = model.appliesTo.kinds[0] ?? 'Component';
  return new URLSearchParams({
    'filters[kind]': kind.toLocaleLowerCase('en-US'),
    'filters[user]': 'all',
    [`filters[${TIER_FILTER_NAME}]`]: tierId,
  }).toString();
}
