/**
 * Root services and startup guards of the LOCAL-PLUS portal backend.
 *
 * @packageDocumentation
 */
export { databaseAwareHealthServiceFactory } from './health/databaseAwareHealthServiceFactory';
export { DatabaseAwareHealthService } from './health/DatabaseAwareHealthService';
export {
  createDatabaseProbe,
  type DatabaseProbe,
  type DatabaseProbeResult,
} from './health/DatabaseProbe';
export {
  findSignInPolicyViolations,
  formatSignInPolicyRefusal,
} from './security/signInPolicy';
export { findDevelopmentValueViolations } from './security/developmentValues';
export { enforceProductionSafety } from './security/enforceProductionSafety';
export {
  ReadDecisionCache,
  READ_DECISION_TTL_MS,
  READ_DECISION_MAX_ENTRIES,
  type ReadDecisionCacheOptions,
} from './permissions/ReadDecisionCache';
export { readDecisionCachePermissionsServiceFactory } from './permissions/readDecisionCachePermissionsServiceFactory';
