/**
 * Isomorphic access-control building blocks for LOCAL-PLUS: the roles, the
 * Access plugin's permissions and the Access API's types.
 *
 * @packageDocumentation
 */
export { ACCESS_ROLE_IDS, isAccessRoleId, type AccessRoleId } from './roles';
export {
  accessPolicyReadPermission,
  accessAuditTrailReadPermission,
  accessPermissions,
} from './permissions';
export type {
  AccessAuditEvent,
  AccessAuditPage,
  AccessDecisionKind,
  AccessExplanation,
  AccessHeldRole,
  AccessMatrix,
  AccessMatrixCell,
  AccessPermissionSummary,
  AccessRole,
  AccessRoleMember,
  AccessRuleSummary,
  AccessWhoCan,
} from './api';
