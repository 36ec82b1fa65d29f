import { computeCoverage, maxEvaluationGapMs } from './computeCoverage';
import { coverageByControl } from './coverageByControl';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Ten days of October 2026, across the end of summer time in Europe (25 October). */
const PERIOD = {
  from: '2026-10-20T00:00:00.000Z',
  to: '2026-10-30T00:00:00.000Z',
};
const at = (day: number, hour = 0) =>
  new Date(Date.parse(PERIOD.from) + day * DAY + hour * HOUR).toISOString();

describe('maxEvaluationGapMs', () => {
  it('is twice the frequency, the schedule interval for continuous controls', () => {
    expect(maxEvaluationGapMs('daily', 6 * HOUR)).toBe(2 * DAY);
    expect(maxEvaluationGapMs('weekly', 6 * HOUR)).toBe(14 * DAY);
    expect(maxEvaluationGapMs('monthly', 6 * HOUR)).toBe(62 * DAY);
    expect(maxEvaluationGapMs('quarterly', 6 * HOUR)).toBe(184 * DAY);
    expect(maxEvaluationGapMs('continuous', 6 * HOUR)).toBe(12 * HOUR);
  });
});

describe('computeCoverage', () => {
  it('holds each status until the next run', () => {
    // Day 0 satisfied, day 4 not satisfied, day 5 error, day 6 to the end satisfied.
    const coverage = computeCoverage(
      [
        { evaluatedAt: at(0), status: 'satisfied' },
        { evaluatedAt: at(1), status: 'satisfied' },
        { evaluatedAt: at(2), status: 'not-applicable' },
        { evaluatedAt: at(3), status: 'satisfied' },
        { evaluatedAt: at(4), status: 'not-satisfied' },
        { evaluatedAt: at(5), status: 'error' },
        { evaluatedAt: at(6), status: 'satisfied' },
        { evaluatedAt: at(7), status: 'satisfied' },
        { evaluatedAt: at(8), status: 'satisfied' },
        { evaluatedAt: at(9), status: 'satisfied' },
      ],
      { period: PERIOD, maxGapMs: 2 * DAY },
    );
    expect(coverage).toEqual({
      satisfiedRatio: 0.8,
      satisfiedMs: 8 * DAY,
      notSatisfiedMs: DAY,
      errorMs: DAY,
      unevaluatedMs: 0,
      runs: 10,
    });
  });

  it('counts time before the first run and beyond twice the frequency as unevaluated', () => {
    // First run at day 2, 12:00; then a gap of 5 days for a daily control.
    const coverage = computeCoverage(
      [
        { evaluatedAt: at(2, 12), status: 'satisfied' },
        { evaluatedAt: at(7, 12), status: 'not-satisfied' },
      ],
      { period: PERIOD, maxGapMs: 2 * DAY },
    );
    // 2.5 days before, 2 days satisfied, 3 days stale, 2 days not satisfied, 0.5 day stale.
    expect(coverage).toEqual({
      satisfiedRatio: 0.5,
      satisfiedMs: 2 * DAY,
      notSatisfiedMs: 2 * DAY,
      errorMs: 0,
      unevaluatedMs: 6 * DAY,
      runs: 2,
    });
  });

  it('carries the status of the run before the period into it, within the gap', () => {
    const coverage = computeCoverage(
      [
        { evaluatedAt: '2026-10-18T12:00:00.000Z', status: 'satisfied' },
        { evaluatedAt: '2026-10-19T12:00:00.000Z', status: 'error' },
        { evaluatedAt: at(9), status: 'satisfied' },
      ],
      { period: PERIOD, maxGapMs: 2 * DAY },
    );
    // The error of 19 October, 12:00 holds until 21 October, 12:00: 1.5 days in the period.
    expect(coverage).toEqual({
      satisfiedRatio: 0.4,
      satisfiedMs: DAY,
      notSatisfiedMs: 0,
      errorMs: 1.5 * DAY,
      unevaluatedMs: 7.5 * DAY,
      runs: 1,
    });
  });

  it('stops at the present, and says nothing when nothing was evaluated', () => {
    const coverage = computeCoverage(
      [{ evaluatedAt: at(1), status: 'satisfied' }],
      { period: PERIOD, maxGapMs: 30 * DAY, now: new Date(at(3, 6)) },
    );
    expect(coverage).toEqual({
      satisfiedRatio: 1,
      satisfiedMs: 2.25 * DAY,
      notSatisfiedMs: 0,
      errorMs: 0,
      unevaluatedMs: DAY,
      runs: 1,
    });
    expect(computeCoverage([], { period: PERIOD, maxGapMs: DAY })).toEqual({
      satisfiedRatio: null,
      satisfiedMs: 0,
      notSatisfiedMs: 0,
      errorMs: 0,
      unevaluatedMs: 10 * DAY,
      runs: 0,
    });
    // A run after the end, or a period in the future, counts for nothing.
    expect(
      computeCoverage([{ evaluatedAt: at(11), status: 'satisfied' }], {
        period: PERIOD,
        maxGapMs: DAY,
        now: new Date('2026-10-01T00:00:00.000Z'),
      }),
    ).toEqual({
      satisfiedRatio: null,
      satisfiedMs: 0,
      notSatisfiedMs: 0,
      errorMs: 0,
      unevaluatedMs: 0,
      runs: 0,
    });
  });

  it('measures elapsed time, whatever the wall clock did', () => {
    // Runs every 6 hours through the night summer time ended; continuous
    // control scheduled every 6 hours: 12 hours of tolerance.
    const samples = Array.from({ length: 40 }, (_, i) => ({
      evaluatedAt: new Date(
        Date.parse(PERIOD.from) + i * 6 * HOUR,
      ).toISOString(),
      status: 'satisfied' as const,
    }));
    const coverage = computeCoverage(samples, {
      period: PERIOD,
      maxGapMs: maxEvaluationGapMs('continuous', 6 * HOUR),
    });
    expect(coverage.satisfiedMs).toBe(10 * DAY);
    expect(coverage.unevaluatedMs).toBe(0);
    expect(coverage.runs).toBe(40);
  });
});

describe('coverageByControl', () => {
  it('turns per-run counts into each control coverage by its worst status', () => {
    const counts = (satisfied: number, notSatisfied: number) => ({
      satisfied,
      'not-satisfied': notSatisfied,
      'not-applicable': 1,
      error: 0,
    });
    const coverage = coverageByControl({
      controls: [
        { id: 'ownership', frequency: 'daily' },
        { id: 'residency', frequency: 'continuous' },
        { id: 'never-run', frequency: 'weekly' },
      ],
      history: [
        {
          runId: 'a',
          controlId: 'ownership',
          evaluatedAt: at(0),
          counts: counts(10, 0),
        },
        {
          runId: 'a',
          controlId: 'residency',
          evaluatedAt: at(0),
          counts: counts(1, 0),
        },
        {
          runId: 'b',
          controlId: 'ownership',
          evaluatedAt: at(5),
          counts: counts(9, 1),
        },
      ],
      period: PERIOD,
      scheduleIntervalMs: 6 * HOUR,
    });
    expect(coverage.ownership).toEqual(
      expect.objectContaining({
        satisfiedMs: 2 * DAY,
        notSatisfiedMs: 2 * DAY,
        runs: 2,
      }),
    );
    expect(coverage.residency).toEqual(
      expect.objectContaining({
        satisfiedMs: 12 * HOUR,
        unevaluatedMs: 9.5 * DAY,
      }),
    );
    expect(coverage['never-run'].satisfiedRatio).toBeNull();
  });
});
