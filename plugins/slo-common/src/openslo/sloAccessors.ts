import { DateTime } from 'luxon';
import { removeDecimalNoise } from '../budget/decimalNoise';
import {
  calendarPeriodAt,
  shortestCalendarPeriodSeconds,
  SloPeriod,
} from './calendarPeriod';
import { durationToSeconds } from './durations';
import type { OpenSloObjective, OpenSloSlo } from './schema';

/** The objective's target as a fraction, whichever way the document wrote it. */
export function objectiveTarget(objective: OpenSloObjective): number {
  if (objective.target !== undefined) {
    return objective.target;
  }
  return removeDecimalNoise((objective.targetPercent ?? NaN) / 100);
}

/**
 * The period of the SLO window that holds `at`, the one definition of an
 * SLO's budget period: a rolling window ends at `at` and spans its duration;
 * a calendar period starts at `calendar.startTime` in `calendar.timeZone`,
 * or a whole number of durations (`1w`, `1M`, `1Q`...) later, and lasts until
 * the same local time one duration later, however many seconds that is.
 */
export function sloPeriodAt(slo: OpenSloSlo, at: Date): SloPeriod {
  const [window] = slo.spec.timeWindow;
  if (window.calendar && !window.isRolling) {
    return calendarPeriodAt(window.calendar, window.duration, at);
  }
  const seconds = durationToSeconds(window.duration) ?? NaN;
  const end = DateTime.fromJSDate(at, { zone: 'utc' });
  return { start: end.minus({ seconds }), end, seconds };
}

/** The length of the SLO period that holds `at` (now by default), in seconds. */
export function sloWindowSeconds(slo: OpenSloSlo, at = new Date()): number {
  return sloPeriodAt(slo, at).seconds;
}

/**
 * The SLO window the alert windows are sized on: its duration when rolling,
 * the shortest of its calendar periods otherwise (28 days for a month anchored
 * on the 1st, 7 days less an hour for a week in a zone with summer time), so
 * that in a longer period an alert fires a little earlier in the budget
 * (2 % x 28/31 = 1.81 %) and never later.
 */
export function sloAlertPeriodSeconds(slo: OpenSloSlo): number {
  const [window] = slo.spec.timeWindow;
  if (window.calendar && !window.isRolling) {
    return shortestCalendarPeriodSeconds(window.calendar, window.duration);
  }
  return durationToSeconds(window.duration) ?? NaN;
}

/**
 * True when the SLO's budget is a number of time slices over its whole
 * window (Timeslices and RatioTimeslices budgeting), false when it is a
 * share of the events seen (Occurrences).
 */
export function budgetsSlices(slo: OpenSloSlo): boolean {
  return (
    slo.spec.budgetingMethod === 'Timeslices' ||
    slo.spec.budgetingMethod === 'RatioTimeslices'
  );
}

/**
 * The step of the objective's alert windows: its time slice when it counts
 * slices (Timeslices or RatioTimeslices budgeting, or a threshold metric, 1m
 * by default), so that a window never cuts a slice; a minute otherwise.
 */
export function objectiveStepSeconds(
  slo: OpenSloSlo,
  objective: OpenSloObjective,
): number {
  const counted =
    budgetsSlices(slo) || Boolean(slo.spec.indicator.spec.thresholdMetric);
  if (counted && objective.timeSliceWindow) {
    return durationToSeconds(objective.timeSliceWindow) ?? 60;
  }
  return 60;
}
