/*
 * The platform policies live in @localplus/plugin-golden-path-common. This
 * re-export only keeps the import of actions/createValidateManifestsAction.ts
 * working until that file imports checkPlatformPolicies from there; then it
 * goes.
 */
export { checkPlatformPolicies } from '@localplus/plugin-golden-path-common';
