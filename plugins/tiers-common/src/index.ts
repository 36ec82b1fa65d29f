/**
 * The LOCAL-PLUS tier model shared by the catalog processor and the portal UI.
 *
 * @packageDocumentation
 */
export {
  readTierModel,
  declaredTier,
  DEFAULT_TIER_ANNOTATION,
  TIER_ERROR_PREFIX,
  tierModelSchema,
  type TierLevel,
  type TierModel,
} from './tierModel';
export { compileTierScope, isInTierScope, type TierScope } from './tierScope';
