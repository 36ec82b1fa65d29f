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
