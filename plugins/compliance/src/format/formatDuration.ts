import { Duration } from 'luxon';

/**
 * A length of time to the minute in the viewer's language, largest units
 * first and at most two of them (`12 days, 4 hrs`; `3 hrs, 20 mins`): enough
 * to compare how long a control was failing, not a stopwatch.
 */
export function formatDuration(ms: number): string {
  const units = Duration.fromMillis(Math.max(0, ms))
    .shiftTo('days', 'hours', 'minutes')
    .toObject();
  const parts = (['days', 'hours', 'minutes'] as const)
    .map(unit => ({ unit, value: Math.floor(units[unit] ?? 0) }))
    .filter(part => part.value > 0)
    .slice(0, 2);
  if (parts.length === 0) {
    return Duration.fromObject({ minutes: 0 }).toHuman({
      unitDisplay: 'short',
    });
  }
  return Duration.fromObject(
    Object.fromEntries(parts.map(part => [part.unit, part.value])),
  ).toHuman({ unitDisplay: 'short', listStyle: 'narrow' });
}
