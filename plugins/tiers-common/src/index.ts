/**
 * The LOCAL-PLUS tier model and the service criticality annotation, shared by
 * the catalog processor, the backends that read tiers and the portal UI.
 *
 * @packageDocumentation
 */
export {
  readTierModel,
  readTierAnnotation,
  readTierIds,
  type TierIds,
  declaredTier,
  strictestTier,
  DEFAULT_TIER_ANNOTATION,
  TIER_ERROR_PREFIX,
  tierModelSchema,
  type TierLevel,
  type TierModel,
} from './tierModel';
export { CRITICALITY_ANNOTATION } from './criticality';
export { compileTierScope, isInTierScope, type TierScope } from './tierScope';
