/**
 * Catalog module: checks every entity against the LOCAL-PLUS tier model.
 *
 * @packageDocumentation
 */
export { catalogModuleTierModel as default } from './module';
export { catalogModuleTierModel } from './module';
export { TierModelProcessor } from './TierModelProcessor';
export {
  checkTierRules,
  type TierRule,
  type TierViolation,
} from './checkTierRules';
export {
  compileTierModel,
  type CompiledTierModel,
  type CompiledTierLevel,
} from './compileTierModel';
