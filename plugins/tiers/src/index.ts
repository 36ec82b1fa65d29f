/**
 * The LOCAL-PLUS tier model in the portal: the Tiers page, the tier badge on
 * entity pages, the catalog's Tier filter and Tier column.
 *
 * @packageDocumentation
 */
export { tiersPlugin as default } from './plugin';
export { EntityTierFilter, TIER_FILTER_NAME } from './catalog/EntityTierFilter';
export type { TierEntityFilters } from './catalog/EntityTierFilter';
export {
  createTierColumn,
  TIER_COLUMN_WIDTH_PX,
} from './catalog/createTierColumn';
export { withTierColumn } from './catalog/withTierColumn';
export { tiersApiRef } from './api/TiersApi';
export type { TiersApi, TierViolation } from './api/TiersApi';
export { TiersClient } from './api/TiersClient';
