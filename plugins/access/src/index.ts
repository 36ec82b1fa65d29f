/**
 * The Access page of the LOCAL-PLUS portal: roles and their members, the
 * roles-by-permissions matrix, who can do what, why a person was denied,
 * and the audit trail.
 *
 * @packageDocumentation
 */
export { accessPlugin as default } from './plugin';
export {
  accessApiRef,
  type AccessApi,
  type AuditTrailQuery,
  type ExplainQuery,
  type WhoCanQuery,
} from './api/AccessApi';
export { AccessClient } from './api/AccessClient';
