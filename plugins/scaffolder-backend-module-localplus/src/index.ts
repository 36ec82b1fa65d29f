/**
 * LOCAL-PLUS scaffolder actions for the golden-path template.
 *
 * @packageDocumentation
 */
export { scaffolderModuleLocalplus as default } from './module';
export { serviceParametersSchema } from './service/serviceParameters';
export type { ServiceParameters } from './service/serviceParameters';
export { renderKustomization } from './manifests/renderKustomization';
export { bufLint, bufBinary } from './buf/bufLint';
