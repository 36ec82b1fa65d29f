const DAY_MS = 86_400_000;

/**
 * Audit events are kept 400 days by default: SOC 2 Type II evidence covers
 * a year, and the auditor reads it a few weeks after the year closes.
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = 400;

/** The instant before which events are older than the retention period. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new RangeError('retentionDays must be a positive whole number');
  }
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
