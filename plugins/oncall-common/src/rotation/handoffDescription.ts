import { DateTime } from 'luxon';
import type { RotationLayer, ShiftLength } from './types';

/**
 * The handoff in words, from the first primary layer: its start's weekday
 * and time, how often shifts change, and the sync before each change, e.g.
 * "Monday 10:00 Europe/Paris, 30-minute sync from 09:30".
 */
export function handoffDescription(
  layer: RotationLayer,
  timeZone: string,
  syncMinutes: number,
): string {
  // The wall clock alone: the description names local times, not instants.
  const start = DateTime.fromISO(layer.start, { zone: 'utc' });
  const time = start.toFormat('HH:mm');
  const when = `${cadence(layer.shiftLength, start)} ${time} ${timeZone}`;
  if (syncMinutes <= 0) {
    return when;
  }
  const syncFrom = start.minus({ minutes: syncMinutes }).toFormat('HH:mm');
  return `${when}, ${syncMinutes}-minute sync from ${syncFrom}`;
}

function cadence(length: ShiftLength, start: DateTime): string {
  const weekday = start.setLocale('en').toFormat('cccc');
  const { weeks = 0, days = 0, hours = 0 } = length;
  if (days === 0 && hours === 0) {
    return weeks === 1 ? weekday : `Every ${weeks} weeks, ${weekday}`;
  }
  if (weeks === 0 && hours === 0 && days === 1) {
    return 'Daily';
  }
  const parts = [
    plural(weeks, 'week'),
    plural(days, 'day'),
    plural(hours, 'hour'),
  ].filter(Boolean);
  return `Every ${parts.join(' ')} from ${weekday} ${start.toFormat(
    'yyyy-MM-dd',
  )}`;
}

function plural(count: number, unit: string): string {
  if (count === 0) return '';
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
