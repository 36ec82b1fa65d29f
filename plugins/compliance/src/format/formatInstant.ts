import type { CompliancePeriod } from '@localplus/plugin-compliance-common';
import { DateTime } from 'luxon';

/**
 * An instant on the viewer's clock and in their locale (`20 May 2026,
 * 10:15`), or the text as it came when it is not an ISO instant.
 */
export function formatInstant(value: string | undefined): string {
  if (!value) {
    return '—';
  }
  const time = DateTime.fromISO(value);
  return time.isValid ? time.toLocaleString(DateTime.DATETIME_MED) : value;
}

/** The day of an instant on the viewer's clock, in their locale (`20 May 2026`). */
export function formatDay(value: string | undefined): string {
  if (!value) {
    return '—';
  }
  const time = DateTime.fromISO(value);
  return time.isValid ? time.toLocaleString(DateTime.DATE_MED) : value;
}

/**
 * A period as the auditor chose it: the days it covers, counted in UTC like
 * the backend does. Its end is exclusive, so a period ending at midnight
 * shows the day before as its last; an end within a day shows its time.
 */
export function formatPeriod(period: CompliancePeriod): string {
  const from = DateTime.fromISO(period.from, { zone: 'utc' });
  const to = DateTime.fromISO(period.to, { zone: 'utc' });
  if (!from.isValid || !to.isValid) {
    return `${period.from} – ${period.to}`;
  }
  const show = (time: DateTime) =>
    time.equals(time.startOf('day'))
      ? time.toLocaleString(DateTime.DATE_MED)
      : time.toLocaleString(DateTime.DATETIME_MED);
  const last = to.equals(to.startOf('day')) ? to.minus({ days: 1 }) : to;
  return `${show(from)} – ${show(last)}`;
}
