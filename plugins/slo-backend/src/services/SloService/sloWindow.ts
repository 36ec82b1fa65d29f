import { DateTime } from 'luxon';
import { OpenSloSlo, sloWindowSeconds } from '@localplus/plugin-slo-common';
import type { SloWindowReport } from '@localplus/plugin-slo-common';

/**
 * Where an SLO's window lies at evaluation time `now`. A rolling window ends
 * now and spans its duration; a calendar month starts at the month's first
 * instant in the document's time zone, and its budget covers the whole month,
 * so `seconds` is the month's length while `elapsedSeconds` is what the
 * queries read.
 */
export function sloWindowAt(slo: OpenSloSlo, now: Date): SloWindowReport {
  const [window] = slo.spec.timeWindow;
  const end = DateTime.fromJSDate(now, { zone: 'utc' });
  if (window.isRolling !== false) {
    const seconds = sloWindowSeconds(slo);
    return {
      duration: window.duration,
      rolling: true,
      start: end.minus({ seconds }).toISO()!,
      end: end.toISO()!,
      seconds,
      elapsedSeconds: seconds,
    };
  }
  const zone = window.calendar!.timeZone;
  const monthStart = end.setZone(zone).startOf('month');
  const monthEnd = monthStart.plus({ months: 1 });
  return {
    duration: window.duration,
    rolling: false,
    start: monthStart.toUTC().toISO()!,
    end: end.toISO()!,
    seconds: monthEnd.diff(monthStart, 'seconds').seconds,
    // At least a minute, so the very first instant of a month still reads data.
    elapsedSeconds: Math.max(
      60,
      Math.floor(end.diff(monthStart, 'seconds').seconds),
    ),
  };
}

/** The PromQL range for the part of the window that has elapsed, e.g. `2592000s`. */
export function elapsedRange(window: SloWindowReport): string {
  return `${window.elapsedSeconds}s`;
}
