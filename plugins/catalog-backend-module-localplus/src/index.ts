/**
 * LOCAL-PLUS additions to the catalog backend.
 *
 * @packageDocumentation
 */
export { catalogModuleLocalplus as default } from './module';
export {
  fileTextPlaceholderResolver,
  MAX_PLACEHOLDER_FILE_BYTES,
} from './placeholders/fileTextPlaceholderResolver';
export { TierModelProcessor } from './tiers/TierModelProcessor';
export {
  checkTierRules,
  isInTierScope,
  type TierRule,
  type TierViolation,
} from './tiers/checkTierRules';
export {
  compileTierModel,
  type CompiledTierModel,
  type CompiledTierLevel,
} from './tiers/compileTierModel';
