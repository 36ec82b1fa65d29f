import { uncoveredSpans } from './primaryGaps';

const span = (start: number, end: number) => ({ start, end });

describe('uncoveredSpans', () => {
  it('finds the holes between, before and after the spans, whatever their order', () => {
    expect(
      uncoveredSpans(0, 100, [span(60, 70), span(10, 30), span(25, 40)]),
    ).toEqual([span(0, 10), span(40, 60), span(70, 100)]);
  });

  it('counts touching and overlapping spans as covered, and clips to the range', () => {
    expect(
      uncoveredSpans(10, 50, [span(0, 20), span(20, 35), span(30, 80)]),
    ).toEqual([]);
  });

  it('leaves the whole range uncovered without spans', () => {
    expect(uncoveredSpans(5, 9, [])).toEqual([span(5, 9)]);
  });

  it('ignores spans outside the range', () => {
    expect(uncoveredSpans(10, 20, [span(0, 5), span(25, 30)])).toEqual([
      span(10, 20),
    ]);
  });
});
