import type { OnCallRole, Shift } from '../rotation/types';
import { isoInstant, Span } from './instants';

/** One holder of a role over a span, in epoch ms: the engine's working form of a Shift. */
export interface Segment extends Span {
  user: string;
  /** The layer's name, or `override`. */
  layer: string;
  overrideId?: string;
}

/** Joins touching segments of the same person from the same source; drops empty ones. */
export function mergeAdjacent(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    if (segment.end <= segment.start) continue;
    const last = merged[merged.length - 1];
    if (
      last &&
      last.end === segment.start &&
      last.user === segment.user &&
      last.layer === segment.layer &&
      last.overrideId === segment.overrideId
    ) {
      last.end = segment.end;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged;
}

export function segmentToShift(
  segment: Segment,
  rotation: string,
  role: OnCallRole,
): Shift {
  return {
    rotation,
    role,
    layer: segment.layer,
    user: segment.user,
    start: isoInstant(segment.start),
    end: isoInstant(segment.end),
    ...(segment.overrideId ? { overrideId: segment.overrideId } : {}),
  };
}

/** The segment holding `at`, if any (segments sorted and disjoint). */
export function segmentAt(
  segments: readonly Segment[],
  at: number,
): Segment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (at < segment.start) high = middle - 1;
    else if (at >= segment.end) low = middle + 1;
    else return segment;
  }
  return undefined;
}
