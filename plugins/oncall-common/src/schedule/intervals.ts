/**
 * Set operations on sorted half-open intervals in epoch milliseconds. The
 * schedule's segments carry a holder through every operation, which luxon's
 * Interval cannot, and plain numbers keep a 50-rotation audit cheap.
 * Inputs named "sorted" must be sorted by start and must not overlap.
 */

import type { Span } from './instants';

/** Sorted, disjoint spans covering the same time as `spans`; touching spans join. */
export function unionSpans(spans: readonly Span[]): Span[] {
  const sorted = spans
    .filter(span => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const union: Span[] = [];
  for (const span of sorted) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      union.push({ start: span.start, end: span.end });
    }
  }
  return union;
}

/** The parts of sorted `segments` inside sorted `windows`, payload kept. */
export function intersectSpans<T extends Span>(
  segments: readonly T[],
  windows: readonly Span[],
): T[] {
  const result: T[] = [];
  let i = 0;
  let j = 0;
  while (i < segments.length && j < windows.length) {
    const segment = segments[i];
    const window = windows[j];
    const start = Math.max(segment.start, window.start);
    const end = Math.min(segment.end, window.end);
    if (start < end) {
      result.push({ ...segment, start, end });
    }
    if (segment.end <= window.end) {
      i++;
    } else {
      j++;
    }
  }
  return result;
}

/** The parts of sorted `segments` outside sorted `cuts`, payload kept. */
export function subtractSpans<T extends Span>(
  segments: readonly T[],
  cuts: readonly Span[],
): T[] {
  const result: T[] = [];
  let first = 0;
  for (const segment of segments) {
    while (first < cuts.length && cuts[first].end <= segment.start) {
      first++;
    }
    let cursor = segment.start;
    for (let k = first; k < cuts.length && cuts[k].start < segment.end; k++) {
      if (cuts[k].start > cursor) {
        result.push({ ...segment, start: cursor, end: cuts[k].start });
      }
      cursor = Math.max(cursor, cuts[k].end);
    }
    if (cursor < segment.end) {
      result.push({ ...segment, start: cursor, end: segment.end });
    }
  }
  return result;
}

/** Total length of disjoint spans, in milliseconds. */
export function spansLength(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0);
}

/** The parts of sorted `segments` within `span`. */
export function clipSpans<T extends Span>(
  segments: readonly T[],
  span: Span,
): T[] {
  return intersectSpans(segments, [span]);
}
