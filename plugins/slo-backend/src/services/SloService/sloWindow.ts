import { OpenSloSlo, sloPeriodAt } from '@localplus/plugin-slo-common';
import type { SloWindowReport } from '@localplus/plugin-slo-common';

/**
 * Where an SLO's window lies at evaluation time `now`, from slo-common's one
 * definition of a period (`sloPeriodAt`). A rolling window ends now and spans
 * its duration; a calendar period (a week, a month, a quarter...) starts at
 * `calendar.startTime` in its time zone or a whole number of durations later
 * (the 21st at 09:00, say), and its budget covers the whole real period, so
 * `seconds` is the period's length while `elapsedSeconds` is what the queries
 * read.
 */
export function sloWindowAt(slo: OpenSloSlo, now: Date): SloWindowReport {
  const [window] = slo.spec.timeWindow;
  const period = sloPeriodAt(slo, now);
  if (window.isRolling) {
    return {
      duration: window.duration,
      rolling: true,
      start: period.start.toUTC().toISO()!,
      end: period.end.toUTC().toISO()!,
      seconds: period.seconds,
      elapsedSeconds: period.seconds,
    };
  }
  const elapsed = Math.floor(now.getTime() / 1000 - period.start.toSeconds());
  return {
    duration: window.duration,
    rolling: false,
    // In the window's own zone, so the portal names the local start day.
    start: period.start.toISO()!,
    end: new Date(now.getTime()).toISOString(),
    seconds: period.seconds,
    // At least a minute, so the very first instant of a period still reads data.
    elapsedSeconds: Math.max(60, elapsed),
  };
}

/** The PromQL range for the part of the window that has elapsed, e.g. `2592000s`. */
export function elapsedRange(window: SloWindowReport): string {
  return `${window.elapsedSeconds}s`;
}
