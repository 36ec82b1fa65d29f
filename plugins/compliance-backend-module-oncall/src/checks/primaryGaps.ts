/** A span of time, epoch milliseconds, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The parts of [from, to) no span covers, in order: where nobody held the
 * role. Spans may overlap, touch or reach outside the range.
 */
export function uncoveredSpans(
  from: number,
  to: number,
  spans: readonly Span[],
): Span[] {
  const gaps: Span[] = [];
  let cursor = from;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (cursor >= to) break;
    if (span.end <= cursor) continue;
    if (span.start > cursor) {
      gaps.push({ start: cursor, end: Math.min(span.start, to) });
    }
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < to) gaps.push({ start: cursor, end: to });
  return gaps;
}
