import { DateTime } from 'luxon';

/**
 * A period of whole days as the portal's links write it, both ends included:
 * `{ from: '2026-01-01', to: '2026-03-31' }` is the first quarter. The
 * backend reads bare dates as UTC days, so presets count days in UTC too: a
 * viewer east of Greenwich must not ask for a day that has not begun there.
 */
export type DayPeriod = { from: string; to: string };

export const PERIOD_PRESETS = [
  { id: 'last-30-days', label: 'Last 30 days' },
  { id: 'last-90-days', label: 'Last 90 days' },
  { id: 'this-quarter', label: 'This quarter' },
  { id: 'previous-quarter', label: 'Previous quarter' },
  { id: 'last-12-months', label: 'Last 12 months' },
] as const;

export type PeriodPresetId = (typeof PERIOD_PRESETS)[number]['id'];

/** Today as the backend counts days. */
export function todayUtc(): DateTime {
  return DateTime.utc().startOf('day');
}

function dayPeriod(from: DateTime, to: DateTime): DayPeriod {
  return { from: from.toISODate()!, to: to.toISODate()! };
}

/** The days a preset stands for, as of today (luxon's clock, so tests can pin it). */
export function presetPeriod(id: PeriodPresetId): DayPeriod {
  const today = todayUtc();
  switch (id) {
    case 'last-30-days':
      return dayPeriod(today.minus({ days: 29 }), today);
    case 'last-90-days':
      return dayPeriod(today.minus({ days: 89 }), today);
    case 'this-quarter':
      return dayPeriod(today.startOf('quarter'), today);
    case 'previous-quarter': {
      const start = today.startOf('quarter').minus({ quarters: 1 });
      return dayPeriod(start, start.endOf('quarter').startOf('day'));
    }
    case 'last-12-months':
      return dayPeriod(today.minus({ years: 1 }).plus({ days: 1 }), today);
    default:
      throw new Error(`Unknown period preset ${id satisfies never}`);
  }
}

/** The preset these days are, if they are one today. */
export function matchingPreset(
  period: Partial<DayPeriod>,
): PeriodPresetId | undefined {
  return PERIOD_PRESETS.find(preset => {
    const days = presetPeriod(preset.id);
    return days.from === period.from && days.to === period.to;
  })?.id;
}
