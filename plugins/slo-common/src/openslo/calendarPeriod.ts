import { DateTime, IANAZone } from 'luxon';

/** How OpenSLO writes `calendar.startTime`: a wall-clock time without zone. */
export const CALENDAR_START_FORMAT = 'yyyy-MM-dd HH:mm:ss';

/** Periods looked at for the shortest one: four years hold a non-leap February. */
const PERIODS_SEARCHED = 48;

export type OpenSloCalendar = { startTime: string; timeZone: string };

/** One period of an SLO window, with its real length in seconds. */
export type SloPeriod = { start: DateTime; end: DateTime; seconds: number };

/** True for a zone of the IANA database (`Europe/Paris`, `UTC`). */
export function isIanaTimeZone(timeZone: string): boolean {
  // Intl also takes offsets such as "+02:00", which are not IANA names.
  return /^[A-Za-z]/.test(timeZone) && IANAZone.isValidZone(timeZone);
}

/** False when `startTime` has the spec format but names no real day and time (2025-02-30, 25:00:00). */
export function isRealStartTime(startTime: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(startTime)) {
    return true; // the format check reports it
  }
  return DateTime.fromFormat(startTime, CALENDAR_START_FORMAT, { zone: 'utc' })
    .isValid;
}

/**
 * The first period of a calendar window: `startTime` read as wall-clock time
 * in `timeZone`. Every later (and earlier) period starts on the same day of
 * the month at the same local time, the day clamped to short months (a
 * window anchored on the 31st starts on 28 or 29 February).
 */
function anchor(calendar: OpenSloCalendar): DateTime {
  const start = DateTime.fromFormat(calendar.startTime, CALENDAR_START_FORMAT, {
    zone: calendar.timeZone,
  });
  if (!start.isValid) {
    throw new RangeError(
      `calendar.startTime "${calendar.startTime}" in ${calendar.timeZone} is not a real time`,
    );
  }
  return start;
}

function monthPeriod(start: DateTime, index: number): SloPeriod {
  const from = start.plus({ months: index });
  const to = start.plus({ months: index + 1 });
  return { start: from, end: to, seconds: to.diff(from, 'seconds').seconds };
}

/**
 * The calendar month of the window that holds `at`, in the window's own time
 * zone, with its real length: a 31-day month is 2 678 400 s, and one that
 * holds the spring change of clocks an hour less.
 */
export function calendarMonthAt(
  calendar: OpenSloCalendar,
  at: Date,
): SloPeriod {
  const start = anchor(calendar);
  const now = DateTime.fromJSDate(at, { zone: calendar.timeZone });
  let index = (now.year - start.year) * 12 + (now.month - start.month);
  while (monthPeriod(start, index).start > now) {
    index--;
  }
  while (monthPeriod(start, index + 1).start <= now) {
    index++;
  }
  return monthPeriod(start, index);
}

/**
 * The shortest calendar month the window can have, from its start over four
 * years: what the alert windows are sized on, so that an alert never spends
 * more than its share of any month's budget before it fires.
 */
export function shortestCalendarMonthSeconds(
  calendar: OpenSloCalendar,
): number {
  const start = anchor(calendar);
  let shortest = Infinity;
  for (let index = 0; index < PERIODS_SEARCHED; index++) {
    shortest = Math.min(shortest, monthPeriod(start, index).seconds);
  }
  return shortest;
}
