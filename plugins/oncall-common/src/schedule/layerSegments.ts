import { localDateTimeMillis } from '../rotation/localTime';
import type { RotationLayer } from '../rotation/types';
import type { Span } from './instants';
import { intersectSpans } from './intervals';
import { layerTurns } from './layerTurns';
import { restrictionWindows } from './restrictions';
import type { Segment } from './segments';

/**
 * Who the layer puts on call within `span`: its turns from `start` (and
 * until `end`), member n mod the number of members for turn n, kept only
 * inside the layer's restriction windows. Only the turns meeting the span
 * are computed.
 */
export function layerSegments(
  layer: RotationLayer,
  timeZone: string,
  span: Span,
): Segment[] {
  const turns = layerTurns(layer, timeZone);
  if (!turns || layer.members.length === 0) {
    return [];
  }
  const layerEnd = layer.end
    ? localDateTimeMillis(layer.end, timeZone) ?? Infinity
    : Infinity;
  const active: Span = {
    start: Math.max(span.start, turns.firstStart),
    end: Math.min(span.end, layerEnd),
  };
  if (active.end <= active.start) {
    return [];
  }
  const segments: Segment[] = [];
  let n = turns.turnAt(active.start);
  let turnStart = turns.boundary(n);
  while (turnStart < active.end) {
    const turnEnd = turns.boundary(n + 1);
    segments.push({
      start: Math.max(turnStart, active.start),
      end: Math.min(turnEnd, active.end),
      user: layer.members[n % layer.members.length],
      layer: layer.name,
    });
    n++;
    turnStart = turnEnd;
  }
  if (!layer.restrictions || layer.restrictions.length === 0) {
    return segments;
  }
  return intersectSpans(
    segments,
    restrictionWindows(layer.restrictions, timeZone, active),
  );
}
