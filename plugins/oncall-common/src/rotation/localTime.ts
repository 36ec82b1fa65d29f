import { DateTime, IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** `HH:mm`, 24 h, as restriction windows write times of day. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `YYYY-MM-DDTHH:mm`: a wall-clock date-time without offset. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Minutes since midnight of a valid `HH:mm`. */
export function minutesOfDay(time: string): number {
  const match = TIME_OF_DAY.exec(time);
  if (!match) {
    throw new Error(`"${time}" is not a time of day (HH:mm)`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A wall-clock date-time as epoch ms of the same reading in UTC ("wall ms"),
 * on which calendar arithmetic has no DST to step over; undefined when the
 * text is not a real `YYYY-MM-DDTHH:mm`.
 */
export function wallClockMillis(text: string): number | undefined {
  if (typeof text !== 'string' || !LOCAL_DATE_TIME.test(text)) {
    return undefined;
  }
  const parsed = DateTime.fromISO(text, { zone: 'utc' });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

/** Whether `YYYY-MM-DDTHH:mm` names a real calendar date and time, whatever the zone. */
export function isCalendarDateTime(text: string): boolean {
  return wallClockMillis(text) !== undefined;
}

/**
 * The instant at which clocks in `timeZone` read `wall` (wall ms). A reading
 * that occurs twice (when clocks go back) is its earlier occurrence; one the
 * clocks skip (when they go forward) moves forward by the jump, as with
 * Temporal's "compatible" rule. luxon itself resolves a repeated reading
 * with an offset guessed from the day the process started, which would make
 * the schedule depend on the season the backend was started in.
 */
export function wallClockToInstant(wall: number, timeZone: string): number {
  const zone = IANAZone.create(timeZone);
  // Time zones change offset at most once within two days.
  const before = zone.offset(wall - DAY_MS);
  const after = zone.offset(wall + DAY_MS);
  if (before === after) {
    return wall - before * MINUTE_MS;
  }
  const earlier = wall - Math.max(before, after) * MINUTE_MS;
  if (zone.offset(earlier) === Math.max(before, after)) {
    return earlier;
  }
  const later = wall - Math.min(before, after) * MINUTE_MS;
  if (zone.offset(later) === Math.min(before, after)) {
    return later;
  }
  // Skipped: read with the offset from before the jump, it lands after it.
  return wall - before * MINUTE_MS;
}

/**
 * The instant of a wall-clock date-time in a zone, for the parser. A time
 * that the clocks skip (02:30 on a spring-forward night) is refused, because
 * it is unclear which instant the author meant.
 */
export function localDateTime(
  text: string,
  timeZone: string,
): { millis: number } | { error: string } {
  const wall = wallClockMillis(text);
  if (wall === undefined) {
    return { error: 'must be a local date-time such as 2026-01-05T10:00' };
  }
  const millis = wallClockToInstant(wall, timeZone);
  const readBack =
    millis + IANAZone.create(timeZone).offset(millis) * MINUTE_MS;
  if (readBack !== wall) {
    return {
      error: `does not exist in ${timeZone}: the clocks skip it when daylight saving time starts`,
    };
  }
  return { millis };
}

/** The instant of a local date-time text in a zone, or undefined when unreadable. */
export function localDateTimeMillis(
  text: string,
  timeZone: string,
): number | undefined {
  const wall = wallClockMillis(text);
  return wall === undefined ? undefined : wallClockToInstant(wall, timeZone);
}

/**
 * The instant of a calendar day (a UTC-zoned date carrying only y/m/d) at a
 * time of day in `timeZone`.
 */
export function atLocalTime(
  day: DateTime,
  minutes: number,
  timeZone: string,
): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day) + minutes * MINUTE_MS;
  return wallClockToInstant(wall, timeZone);
}
