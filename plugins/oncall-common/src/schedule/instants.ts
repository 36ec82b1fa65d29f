import { DateTime } from 'luxon';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
/** The longest range the engine computes at once: two years of shifts. */
export const MAX_SCHEDULE_RANGE_DAYS = 731;

/** A half-open span of time [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Epoch milliseconds of an ISO-8601 instant. Text without an offset is read
 * as UTC, so the result never depends on the machine's own time zone.
 */
export function instantMillis(text: string, what: string): number {
  const parsed =
    typeof text === 'string'
      ? DateTime.fromISO(text, { zone: 'utc' })
      : undefined;
  if (!parsed?.isValid) {
    throw new Error(
      `${what} must be an ISO-8601 instant such as 2026-01-05T09:00:00Z`,
    );
  }
  return parsed.toMillis();
}

/** Like `instantMillis`, but undefined instead of an error. */
export function tryInstantMillis(text: string | undefined): number | undefined {
  if (typeof text !== 'string') return undefined;
  const parsed = DateTime.fromISO(text, { zone: 'utc' });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

/** The engine's output form: `2026-12-07T09:00:00.000Z`. */
export function isoInstant(millis: number): string {
  return new Date(millis).toISOString();
}

/** [from, to) in milliseconds; throws on bad instants or a range over two years. */
export function rangeSpan(range: { from: string; to: string }): Span {
  const start = instantMillis(range.from, 'from');
  const end = instantMillis(range.to, 'to');
  if (end - start > MAX_SCHEDULE_RANGE_DAYS * DAY_MS) {
    throw new Error(
      `the range must be at most ${MAX_SCHEDULE_RANGE_DAYS} days long`,
    );
  }
  return { start, end };
}
