import type { Handoff, RotationLayer } from '@localplus/plugin-oncall-common';
import { DateTime } from 'luxon';

function every(count: number | undefined, unit: string): string | undefined {
  if (!count) return undefined;
  return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
}

/**
 * When shifts change, in words, from the layer that sets the rhythm (the
 * first primary layer): "every week, Monday 09:00 America/New_York".
 * PagerDuty has no handoff meeting, so there is no sync overlap.
 */
export function describeHandoff(
  layers: RotationLayer[],
  timeZone: string,
): Handoff {
  const layer = layers.find(l => l.role === 'primary') ?? layers[0];
  if (!layer) {
    return { description: 'No schedule layers in PagerDuty', syncMinutes: 0 };
  }
  const start = DateTime.fromISO(layer.start, {
    zone: timeZone,
    locale: 'en',
  });
  const { weeks, days, hours } = layer.shiftLength;
  let when: string;
  if (weeks) {
    when = `${every(weeks, 'week')}, ${start.toFormat('cccc HH:mm')}`;
  } else if (days) {
    when = `${every(days, 'day')} at ${start.toFormat('HH:mm')}`;
  } else {
    when = `${every(hours, 'hour')} from ${start.toFormat('yyyy-MM-dd HH:mm')}`;
  }
  return {
    description: `${when[0].toUpperCase()}${when.slice(1)} ${timeZone} (${
      layer.name
    })`,
    syncMinutes: 0,
  };
}
