import { DateTime } from 'luxon';

/** Ticks of the charts' time axis: `20 Nov`. */
export function formatTick(t: number): string {
  return DateTime.fromMillis(t).toFormat('d LLL', { locale: 'en-GB' });
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
