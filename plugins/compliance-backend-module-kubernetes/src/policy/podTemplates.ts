/*
 * The admission rules and pod templates moved to
 * @localplus/plugin-golden-path-common, the object readers to
 * ./kubernetesObjects. This re-export only keeps the imports of
 * src/configFiles/*.ts working until they import asObject from
 * ./kubernetesObjects; then it goes.
 */
export { asObject } from './kubernetesObjects';
