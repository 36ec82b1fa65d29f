const DAY_MS = 86_400_000;

/**
 * Snapshots are kept for 400 days by default: a full year of history for
 * year-over-year comparisons, plus a month of slack for the longest window.
 */
export const DEFAULT_SNAPSHOT_RETENTION_DAYS = 400;

/**
 * The day to pass to `pruneOlderThan` so that `retentionDays` UTC days,
 * today included, are kept.
 */
export function retentionCutoffDay(
  now: Date,
  retentionDays: number = DEFAULT_SNAPSHOT_RETENTION_DAYS,
): string {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new RangeError('retentionDays must be a positive whole number');
  }
  const cutoff = new Date(now.getTime() - (retentionDays - 1) * DAY_MS);
  return cutoff.toISOString().slice(0, 10);
}
