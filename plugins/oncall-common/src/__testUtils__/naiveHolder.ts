import { DateTime } from 'luxon';
import type {
  LayerRestriction,
  OnCallRole,
  RotationDefinition,
  RotationLayer,
  ScheduleOverride,
} from '../rotation/types';

/**
 * Who holds `role` at `at`, worked out the slow, direct way for one instant:
 * the latest-created override covering it, else the last layer active then.
 * Restrictions are checked on the local clock, turns found by bisection.
 */
export function naiveHolder(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  role: OnCallRole,
  at: number,
): string | undefined {
  const covering = overrides
    .filter(
      o =>
        o.role === role && Date.parse(o.start) <= at && at < Date.parse(o.end),
    )
    .sort(
      (a, b) =>
        Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
        b.id.localeCompare(a.id),
    );
  if (covering.length > 0) {
    return covering[0].user;
  }
  for (const layer of [...definition.layers].reverse()) {
    if (layer.role !== role) continue;
    const holder = layerHolder(layer, definition.timeZone, at);
    if (holder) return holder;
  }
  return undefined;
}

function layerHolder(
  layer: RotationLayer,
  zone: string,
  at: number,
): string | undefined {
  const start = DateTime.fromISO(layer.start, { zone });
  if (at < start.toMillis()) return undefined;
  if (layer.end && at >= DateTime.fromISO(layer.end, { zone }).toMillis())
    return undefined;
  const local = DateTime.fromMillis(at, { zone });
  if (
    layer.restrictions?.length &&
    !layer.restrictions.some(r => inWindow(r, local))
  ) {
    return undefined;
  }
  const { weeks = 0, days = 0, hours = 0 } = layer.shiftLength;
  const boundary = (n: number) =>
    start
      .plus({ weeks: n * weeks, days: n * days, hours: n * hours })
      .toMillis();
  let high = 1;
  while (boundary(high) <= at) high *= 2;
  let low = 0; // boundary(low) <= at < boundary(high)
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (boundary(middle) <= at) low = middle;
    else high = middle;
  }
  return layer.members[low % layer.members.length];
}

function inWindow(restriction: LayerRestriction, local: DateTime): boolean {
  const minutes = local.hour * 60 + local.minute;
  const clock = (time: string) =>
    Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  if (restriction.type === 'daily') {
    const from = clock(restriction.from);
    const to = clock(restriction.to);
    return from < to
      ? from <= minutes && minutes < to
      : minutes >= from || minutes < to;
  }
  const key = (local.weekday - 1) * 1440 + minutes;
  const from = (restriction.fromDay - 1) * 1440 + clock(restriction.from);
  const to = (restriction.toDay - 1) * 1440 + clock(restriction.to);
  return from < to ? from <= key && key < to : key >= from || key < to;
}
