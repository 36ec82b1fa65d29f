import { DateTime } from 'luxon';
import type { TimeRange } from '../../api/OnCallApi';

/** The periods the fairness report is read over. */
export type PeriodKind =
  | 'last-4-weeks'
  | 'this-quarter'
  | 'last-quarter'
  | 'custom';

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  'last-4-weeks': 'Last 4 weeks',
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  custom: 'Custom',
};

export interface PeriodChoice {
  kind: PeriodKind;
  /** Custom days (`2026-01-05`), inclusive, in the viewer's zone. */
  fromDate: string;
  toDate: string;
}

/** Longest custom period: the backend reads whole schedules for it. */
export const MAX_CUSTOM_DAYS = 366;

function range(from: DateTime, to: DateTime): TimeRange {
  return { from: from.toUTC().toISO()!, to: to.toUTC().toISO()! };
}

/**
 * The instants a period covers, up to now for the running ones; or why a
 * custom period cannot be read.
 */
export function periodRange(
  choice: PeriodChoice,
): { range: TimeRange } | { error: string } {
  const now = DateTime.now();
  switch (choice.kind) {
    case 'last-4-weeks':
      return { range: range(now.minus({ weeks: 4 }), now) };
    case 'this-quarter':
      return { range: range(now.startOf('quarter'), now) };
    case 'last-quarter': {
      const start = now.startOf('quarter').minus({ quarters: 1 });
      return { range: range(start, start.plus({ quarters: 1 })) };
    }
    default: {
      const from = DateTime.fromISO(choice.fromDate);
      const to = DateTime.fromISO(choice.toDate);
      if (!choice.fromDate || !choice.toDate || !from.isValid || !to.isValid) {
        return { error: 'Enter both days of the period' };
      }
      if (to < from) {
        return { error: 'The last day must not be before the first' };
      }
      if (to.diff(from, 'days').days >= MAX_CUSTOM_DAYS) {
        return { error: `Choose at most ${MAX_CUSTOM_DAYS} days` };
      }
      // The last day counts whole: the range ends at the next midnight.
      return {
        range: range(from.startOf('day'), to.plus({ days: 1 }).startOf('day')),
      };
    }
  }
}
