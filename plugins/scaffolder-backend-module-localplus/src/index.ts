/**
 * LOCAL-PLUS scaffolder actions for the golden-path template.
 *
 * @packageDocumentation
 */
export { scaffolderModuleLocalplus as default } from './module';
export { serviceParametersSchema } from './service/serviceParameters';
export type { ServiceParameters } from './service/serviceParameters';
// The golden-path harness (packages/content-tests) reads the policies from
// here; their home is @localplus/plugin-golden-path-common.
export { checkPlatformPolicies } from '@localplus/plugin-golden-path-common';
export type { PolicyViolation } from '@localplus/plugin-golden-path-common';
export { renderKustomization } from './manifests/renderKustomization';
export { bufLint, bufBinary } from './buf/bufLint';
