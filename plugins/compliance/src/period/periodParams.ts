import { DateTime } from 'luxon';
import type { PeriodQuery } from '../api/ComplianceApi';
import { DayPeriod, todayUtc } from './periodPresets';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The longest period the backend answers for by default (`compliance.maxPeriodDays`). */
export const MAX_PERIOD_DAYS = 366;

/** A real calendar day written `YYYY-MM-DD`, or undefined. */
export function readDay(value: string | null): string | undefined {
  if (!value || !DAY.test(value)) {
    return undefined;
  }
  return DateTime.fromISO(value, { zone: 'utc' }).isValid ? value : undefined;
}

/**
 * The period of a page's query string. Anything but a real day is dropped
 * from a mangled or hostile link instead of being sent, so the page falls
 * back to the backend's default rather than failing.
 */
export function readPeriodParams(params: URLSearchParams): PeriodQuery {
  const period: PeriodQuery = {};
  const from = readDay(params.get('from'));
  const to = readDay(params.get('to'));
  if (from) period.from = from;
  if (to) period.to = to;
  return period;
}

/** `?from=…&to=…` of a period, for links that keep it; empty without one. */
export function periodQueryString(period: PeriodQuery): string {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Why the backend would refuse these days, in a sentence, or undefined. */
export function dayPeriodProblem(
  period: Partial<DayPeriod>,
): string | undefined {
  const from = readDay(period.from ?? null);
  const to = readDay(period.to ?? null);
  if (!from || !to) {
    return 'Choose both a first and a last day.';
  }
  const first = DateTime.fromISO(from, { zone: 'utc' });
  const last = DateTime.fromISO(to, { zone: 'utc' });
  if (last < first) {
    return 'The last day must not be before the first.';
  }
  if (last > todayUtc()) {
    return 'The period cannot end after today.';
  }
  const length = last.diff(first, 'days').days + 1;
  if (length > MAX_PERIOD_DAYS) {
    return `A period is at most ${MAX_PERIOD_DAYS} days; this one is ${length}.`;
  }
  return undefined;
}
