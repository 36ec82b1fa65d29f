import { DateTime } from 'luxon';

/**
 * How long ago an ISO 8601 time was: `14 hours ago`, `3 days ago`. Times
 * under a minute old, or in the future (clock skew), read `just now`.
 */
export function formatAge(iso: string, now: DateTime = DateTime.now()): string {
  const time = DateTime.fromISO(iso);
  if (!time.isValid) {
    return 'at an unknown time';
  }
  if (now.diff(time).as('seconds') < 60) {
    return 'just now';
  }
  return time.toRelative({ base: now, locale: 'en' }) ?? 'just now';
}
