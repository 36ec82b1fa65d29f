import { DateTime } from 'luxon';

const HOUR_MS = 3_600_000;

/**
 * The tick format of a time axis from `first` to `last` (epoch ms): `20 Nov`
 * over several days, `Mon 06:00` over a few, `06:00` within a day and a half,
 * so that a calendar window early in its period (a week on its first
 * morning) does not label every tick with the same day.
 */
export function timeTickFormatter(
  first: number,
  last: number,
): (t: number) => string {
  const spanHours = (last - first) / HOUR_MS;
  let format = 'd LLL';
  if (spanHours <= 36) {
    format = 'HH:mm';
  } else if (spanHours <= 4 * 24) {
    format = 'ccc HH:mm';
  }
  return t => DateTime.fromMillis(t).toFormat(format, { locale: 'en-GB' });
}

/** The tick format for a series of points, by the time they span. */
export function tickFormatterFor(points: Array<{ t: number }>) {
  return timeTickFormatter(
    points[0]?.t ?? 0,
    points[points.length - 1]?.t ?? 0,
  );
}

/** The time of a point in a chart tooltip: `20 Nov 14:00`. */
export function formatPointTime(t: unknown): string {
  return typeof t === 'number'
    ? DateTime.fromMillis(t).toFormat('d LLL HH:mm', { locale: 'en-GB' })
    : String(t);
}

/** Epoch milliseconds of a UTC day (`2026-11-21`), for charts of daily values. */
export function dayToMillis(day: string): number {
  return DateTime.fromISO(day, { zone: 'utc' }).toMillis();
}

/** Ticks of a daily axis, in UTC like the days themselves: `21 Nov`. */
export function formatDayTick(t: number): string {
  return DateTime.fromMillis(t, { zone: 'utc' }).toFormat('d LLL', {
    locale: 'en-GB',
  });
}

/** The day of a point in a daily chart's tooltip: `2026-11-21`. */
export function formatDay(t: unknown): string {
  return typeof t === 'number'
    ? DateTime.fromMillis(t, { zone: 'utc' }).toISODate() ?? String(t)
    : String(t);
}
