/**
 * The LOCAL-PLUS access policy engine, shared by the permission policy
 * module (`@localplus/plugin-permission-backend-module-access-policy`) and the
 * Access backend: the `localplus.access` reader, the catalog role resolver
 * and the engine that decides and explains; and the audited-change wrapper
 * with which the portal's backends write the audit trail.
 *
 * @packageDocumentation
 */
export type {
  AccessDecision,
  AccessIdentity,
  AccessPermissionAction,
  AccessPermissionMatcher,
  AccessPolicy,
  AccessPolicyEngine,
  AccessPolicyRole,
  AccessPolicyRule,
  AccessRoleResolver,
  AccessRuleDecision,
  AccessRuleGrant,
} from './types';
export {
  ACCESS_CONFIG_KEY,
  readAccessPolicyConfig,
} from './config/readAccessPolicyConfig';
export {
  permissionAction,
  permissionMatches,
  summarizePermission,
} from './rules/permissionMatching';
export {
  DEFAULT_DENY_RULE,
  decideForRoles,
  ownerConditionText,
} from './rules/decideForRoles';
export {
  createCatalogRoleResolver,
  type CatalogRoleResolverOptions,
} from './resolver/createCatalogRoleResolver';
export {
  createAccessPolicyEngine,
  type AccessPolicyEngineOptions,
} from './engine/createAccessPolicyEngine';
export { accessPolicyEngineServiceRef } from './accessPolicyEngineServiceRef';
export {
  ACCESS_DECISION_TOPIC,
  type AccessDecisionEventPayload,
} from './decisionEvents';
export {
  assertAllowed,
  isAllowed,
  BasicPermissionGate,
} from './basicPermissionCheck';
export {
  createAuditedChange,
  type AuditedChange,
  type AuditedChangeEvent,
  type AuditMeta,
} from './auditedChange';
