import type { CompliancePeriod } from '@localplus/plugin-compliance-common';
import { DateTime } from 'luxon';

/** How long a period is when the caller names neither end. */
export const DEFAULT_PERIOD_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `2026-03-01`, or an instant with its offset: `2026-03-01T10:00Z`, `2026-03-01T10:00:00.000+02:00`. */
const DATE_OR_INSTANT =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads one end of a period. A bare date is a whole UTC day: as `from` it
 * starts at its midnight, as `to` it ends at the next one (periods include
 * their start and exclude their end), so `from=2026-01-01&to=2026-03-31` is
 * the first quarter. Instants must carry their offset: a server's local time
 * zone must never decide what an auditor asked for.
 */
export function readPeriodBound(
  value: string,
  end: 'from' | 'to',
): Date | undefined {
  if (!DATE_OR_INSTANT.test(value)) {
    return undefined;
  }
  const parsed = DateTime.fromISO(value, { zone: 'utc', setZone: true });
  if (!parsed.isValid) {
    return undefined;
  }
  const isDate = value.length === 10;
  const instant = isDate && end === 'to' ? parsed.plus({ days: 1 }) : parsed;
  return instant.toJSDate();
}

/** The midnight (UTC) after `now`: a period may run to the end of today, no further. */
export function endOfToday(now: Date): Date {
  return DateTime.fromJSDate(now, { zone: 'utc' })
    .startOf('day')
    .plus({ days: 1 })
    .toJSDate();
}

/**
 * The period when one or both ends are left out: the last `days` whole UTC
 * days up to the end of today. Whole days keep the default stable through
 * the day, so it is cached like any other period.
 */
export function completePeriod(
  given: { from?: Date; to?: Date },
  now: Date,
  days: number,
): { from: Date; to: Date } {
  const to = given.to ?? endOfToday(now);
  const from = given.from ?? new Date(to.getTime() - days * DAY_MS);
  return { from, to };
}

/** Why a period is refused, or undefined when it is one the backend answers for. */
export function periodProblem(
  period: { from: Date; to: Date },
  now: Date,
  maxPeriodDays: number,
): { path: 'from' | 'to'; message: string } | undefined {
  if (period.to.getTime() <= period.from.getTime()) {
    return { path: 'to', message: 'must be after from' };
  }
  if (period.to.getTime() > endOfToday(now).getTime()) {
    return { path: 'to', message: 'must not be later than the end of today' };
  }
  const days = (period.to.getTime() - period.from.getTime()) / DAY_MS;
  if (days > maxPeriodDays) {
    return {
      path: 'from',
      message: `the period must be at most ${maxPeriodDays} days long, it is ${Math.ceil(
        days,
      )}`,
    };
  }
  return undefined;
}

export function toCompliancePeriod(period: {
  from: Date;
  to: Date;
}): CompliancePeriod {
  return { from: period.from.toISOString(), to: period.to.toISOString() };
}

/**
 * A period end for a file name: the date when it falls on midnight UTC
 * (the last day included, for `to`), the compact instant otherwise.
 */
export function periodLabel(instant: string, end: 'from' | 'to'): string {
  const time = DateTime.fromISO(instant, { zone: 'utc' });
  if (time.equals(time.startOf('day'))) {
    return (end === 'to' ? time.minus({ days: 1 }) : time).toISODate()!;
  }
  return time.toFormat("yyyyLLdd'T'HHmmss'Z'");
}

/**
 * A period ending just after `now`, for "the latest run" questions: period
 * ends are exclusive, and a run that finished at this very instant counts.
 */
export function untilNow(now: Date): CompliancePeriod {
  return {
    from: new Date(0).toISOString(),
    to: new Date(now.getTime() + 1).toISOString(),
  };
}
