import { Duration } from 'luxon';

const UNITS = [
  ['days', 'd'],
  ['hours', 'h'],
  ['minutes', 'min'],
] as const;

/**
 * A length of time, compact and rounded to what matters when deciding:
 * `45 s`, `43 min`, `3 h 36 min`, `2 d 4 h`. The sign is ignored.
 */
export function formatDuration(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs < 60) {
    return `${Math.round(abs)} s`;
  }
  const parts = Duration.fromObject({ minutes: Math.round(abs / 60) })
    .shiftTo('days', 'hours', 'minutes')
    .toObject();
  const largest = UNITS.findIndex(([unit]) => (parts[unit] ?? 0) > 0);
  const shown = UNITS.slice(largest, largest + 2).filter(
    ([unit]) => (parts[unit] ?? 0) > 0,
  );
  return shown.map(([unit, symbol]) => `${parts[unit]} ${symbol}`).join(' ');
}

/**
 * The budget left as time: `31 min of 43 min left`, or once it is spent,
 * `overspent by 12 min (budget 43 min)`.
 */
export function formatBudgetTime(
  remainingSeconds: number,
  allowedSeconds: number,
): string {
  if (remainingSeconds < 0) {
    return `overspent by ${formatDuration(
      remainingSeconds,
    )} (budget ${formatDuration(allowedSeconds)})`;
  }
  return `${formatDuration(remainingSeconds)} of ${formatDuration(
    allowedSeconds,
  )} left`;
}
