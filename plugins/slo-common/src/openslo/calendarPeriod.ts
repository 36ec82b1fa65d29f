import { DateTime, IANAZone } from 'luxon';

/** How OpenSLO writes `calendar.startTime`: a wall-clock time without zone. */
export const CALENDAR_START_FORMAT = 'yyyy-MM-dd HH:mm:ss';

/**
 * The longest calendar window we read, a quarter, in each kind of step: a
 * longer one would make Prometheus read more than a quarter of samples per
 * query. `13w` (91 days) and `92d` (the longest quarter) fit.
 */
const MAX_CALENDAR_WINDOW_MONTHS = 3;
const MAX_CALENDAR_WINDOW_DAYS = 92;

/** Months looked at for the shortest period: four years hold a non-leap February. */
const MONTHS_SEARCHED = 48;

/** Days looked at for the shortest period of a day-based window: a year sees every clock change. */
const DAYS_SEARCHED = 366;

export type OpenSloCalendar = { startTime: string; timeZone: string };

/** One period of an SLO window, with its real length in seconds. */
export type SloPeriod = { start: DateTime; end: DateTime; seconds: number };

/**
 * A calendar window's duration as luxon steps it: whole days (`d`, and `w` as
 * seven days) or whole months (`M`, `Q` as three months, `Y` as twelve).
 */
export type CalendarStep = { unit: 'days' | 'months'; count: number };

const STEP_OF_UNIT: Record<string, CalendarStep> = {
  d: { unit: 'days', count: 1 },
  w: { unit: 'days', count: 7 },
  M: { unit: 'months', count: 1 },
  Q: { unit: 'months', count: 3 },
  Y: { unit: 'months', count: 12 },
};

// A positive whole number without leading zero, then a calendar unit; the
// length cap keeps a pasted megabyte out of the regex and out of Number().
const CALENDAR_DURATION = /^([1-9]\d*)([dwMQY])$/;
const MAX_CALENDAR_DURATION_LENGTH = 16;

/** The step of a calendar window's duration (`1w`, `1M`, `1Q`...), or undefined for any other text. */
export function calendarStep(duration: string): CalendarStep | undefined {
  if (duration.length > MAX_CALENDAR_DURATION_LENGTH) {
    return undefined;
  }
  const match = CALENDAR_DURATION.exec(duration);
  if (!match) {
    return undefined;
  }
  const unit = STEP_OF_UNIT[match[2]];
  return { unit: unit.unit, count: Number(match[1]) * unit.count };
}

/** True when a period of `step` is at most a quarter long, however long its months are. */
export function isAtMostAQuarter(step: CalendarStep): boolean {
  return step.unit === 'months'
    ? step.count <= MAX_CALENDAR_WINDOW_MONTHS
    : step.count <= MAX_CALENDAR_WINDOW_DAYS;
}

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
 * in `timeZone`. Period k starts k durations later in calendar arithmetic:
 * same local time of day, and for months the same day of the month, clamped
 * to short months (a window anchored on the 31st starts on 28 or 29 February).
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

function stepOf(duration: string): CalendarStep {
  const step = calendarStep(duration);
  if (!step) {
    throw new RangeError(
      `"${duration.slice(0, 20)}" is not a calendar window duration`,
    );
  }
  return step;
}

/** Where period `index` starts, counted from the anchor (never step by step). */
function periodStart(
  start: DateTime,
  step: CalendarStep,
  index: number,
): DateTime {
  const count = step.count * index;
  return start.plus(
    step.unit === 'months' ? { months: count } : { days: count },
  );
}

function period(from: DateTime, to: DateTime): SloPeriod {
  return { start: from, end: to, seconds: to.diff(from, 'seconds').seconds };
}

/**
 * The index of the period that holds `now`, within a step or two: whole
 * months between the two local dates, or local (wall-clock) days, which a
 * clock change or a clamped day moves by less than a period.
 */
function estimatedIndex(
  start: DateTime,
  step: CalendarStep,
  now: DateTime,
): number {
  if (step.unit === 'months') {
    const months = (now.year - start.year) * 12 + (now.month - start.month);
    return Math.floor(months / step.count);
  }
  const wallClock = (t: DateTime) => t.toMillis() + t.offset * 60_000;
  const days = (wallClock(now) - wallClock(start)) / 86_400_000;
  return Math.floor(days / step.count);
}

/**
 * The period of a calendar window of `duration` (`1w`, `1M`, `1Q`...) that
 * holds `at`, in the window's own time zone, with its real length: a 31-day
 * month is 2 678 400 s, and a week or month that holds the spring change of
 * clocks an hour less. A period includes its start and excludes its end.
 */
export function calendarPeriodAt(
  calendar: OpenSloCalendar,
  duration: string,
  at: Date,
): SloPeriod {
  const start = anchor(calendar);
  const step = stepOf(duration);
  const now = DateTime.fromJSDate(at, { zone: calendar.timeZone });
  if (!now.isValid) {
    throw new RangeError('the time asked for is not a valid date');
  }
  let index = estimatedIndex(start, step, now);
  let from = periodStart(start, step, index);
  while (from > now) {
    index--;
    from = periodStart(start, step, index);
  }
  let to = periodStart(start, step, index + 1);
  while (to <= now) {
    index++;
    from = to;
    to = periodStart(start, step, index + 1);
  }
  return period(from, to);
}

// The shortest period is a pure function of its inputs and costs up to a
// year of luxon steps (a `1d` window), so it is remembered.
const shortestSeconds = new Map<string, number>();
const MAX_REMEMBERED = 500;

/**
 * The shortest period a calendar window of `duration` can have, from its
 * start: over four years of periods for months (a non-leap February), over a
 * year for days and weeks (the spring change of clocks). What the alert
 * windows are sized on, so that an alert never spends more than its share of
 * any period's budget before it fires.
 */
export function shortestCalendarPeriodSeconds(
  calendar: OpenSloCalendar,
  duration: string,
): number {
  const key = JSON.stringify([calendar.startTime, calendar.timeZone, duration]);
  const remembered = shortestSeconds.get(key);
  if (remembered !== undefined) {
    return remembered;
  }
  const start = anchor(calendar);
  const step = stepOf(duration);
  const searched = step.unit === 'months' ? MONTHS_SEARCHED : DAYS_SEARCHED;
  const periods = Math.ceil(searched / step.count);
  let shortest = Infinity;
  let from = start;
  for (let index = 1; index <= periods; index++) {
    const to = periodStart(start, step, index);
    shortest = Math.min(shortest, period(from, to).seconds);
    from = to;
  }
  if (shortestSeconds.size >= MAX_REMEMBERED) {
    shortestSeconds.clear();
  }
  shortestSeconds.set(key, shortest);
  return shortest;
}
