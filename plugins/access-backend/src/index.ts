/**
 * The LOCAL-PLUS Access backend plugin, and the auditor that feeds its
 * audit trail.
 *
 * @packageDocumentation
 */
export { accessPlugin as default } from './plugin';
export { auditTrailAuditorServiceFactory } from './auditor/auditTrailAuditorServiceFactory';
