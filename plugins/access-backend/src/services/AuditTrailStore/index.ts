export type {
  AuditCursor,
  AuditOutcome,
  AuditTrailQuery,
  AuditTrailStore,
  NewAuditEvent,
} from './AuditTrailStore';
export {
  DatabaseAuditTrailStore,
  MAX_PAGE_SIZE,
} from './DatabaseAuditTrailStore';
export { formatCursor, parseCursor } from './auditCursor';
export {
  AUDIT_OUTCOMES,
  describeIssues,
  isoInstant,
  newAuditEventSchema,
} from './auditEventSchema';
export { DEFAULT_AUDIT_RETENTION_DAYS, retentionCutoff } from './retention';
