import { Duration } from 'luxon';

/**
 * Rotation files write durations as units in decreasing order, each at most
 * once: `1w`, `1d12h`, `15m`, `0m`. Four digits per unit is far beyond any
 * sensible shift or escalation delay and keeps the numbers small.
 */
const DURATION =
  /^(?:(\d{1,4})w)?(?:(\d{1,4})d)?(?:(\d{1,4})h)?(?:(\d{1,4})m)?$/;

/**
 * Reads `1w`, `1d12h`, `15m`, `1h`, `0m` into a luxon Duration keeping its
 * units (weeks, days, hours, minutes), so that calendar units can be added in
 * local time. Returns undefined for anything else (empty text, spaces,
 * unknown or repeated units, units out of order, signs, decimals).
 *
 * `durationMinutes(parseDuration('1d12h')!)` gives 2160.
 */
export function parseDuration(text: string): Duration | undefined {
  if (typeof text !== 'string' || text.length === 0) {
    return undefined;
  }
  const match = DURATION.exec(text);
  if (!match) {
    return undefined;
  }
  const [, weeks, days, hours, minutes] = match;
  return Duration.fromObject({
    weeks: Number(weeks ?? 0),
    days: Number(days ?? 0),
    hours: Number(hours ?? 0),
    minutes: Number(minutes ?? 0),
  });
}

/** Total minutes of a duration, a week being 7 days and a day 24 hours. */
export function durationMinutes(duration: Duration): number {
  return duration.as('minutes');
}
