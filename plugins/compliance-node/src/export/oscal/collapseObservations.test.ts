import type { LedgeredObservation } from '@localplus/plugin-compliance-common';
import { collapseObservations } from './collapseObservations';

let sequence = 0;
function observed(
  runId: string,
  change: Partial<LedgeredObservation> = {},
): LedgeredObservation {
  sequence += 1;
  return {
    check: 'catalog.owner',
    collector: 'catalog',
    subject: 'component:default/svc-a',
    result: 'pass',
    summary: 'Owned by group:default/team-a.',
    method: 'examine',
    examined: [{ type: 'catalog-entity', ref: 'component:default/svc-a' }],
    observedAt: `2025-01-0${runId.slice(-1)}T00:00:00.000Z`,
    details: { a: 1, b: 2 },
    runId,
    sequence,
    hash: sequence.toString(16).padStart(64, '0'),
    ...change,
  };
}

const RUNS = ['r1', 'r2', 'r3', 'r4', 'r5'];
const shape = (streaks: ReturnType<typeof collapseObservations>) =>
  streaks.map(streak => [streak.first.runId, streak.last.runId, streak.count]);

describe('collapseObservations', () => {
  it('makes one streak of identical observations in consecutive runs', () => {
    const streaks = collapseObservations(
      RUNS.map(run => observed(run)),
      RUNS,
    );

    expect(shape(streaks)).toEqual([['r1', 'r5', 5]]);
  });

  it('starts a new streak when what was observed changes, and when it changes back', () => {
    const observations = [
      observed('r1'),
      observed('r2', { result: 'fail', summary: 'No owner.' }),
      observed('r3', { result: 'fail', summary: 'No owner.' }),
      observed('r4'),
      observed('r5'),
    ];

    expect(shape(collapseObservations(observations, RUNS))).toEqual([
      ['r1', 'r1', 1],
      ['r2', 'r3', 2],
      ['r4', 'r5', 2],
    ]);
  });

  it('breaks a streak where a run did not observe the subject, so the gap stays visible', () => {
    const observations = ['r1', 'r2', 'r4', 'r5'].map(run => observed(run));

    expect(shape(collapseObservations(observations, RUNS))).toEqual([
      ['r1', 'r2', 2],
      ['r4', 'r5', 2],
    ]);
  });

  it('treats details with another key order as the same and other details as different', () => {
    const observations = [
      observed('r1', { details: { a: 1, b: 2 } }),
      observed('r2', { details: { b: 2, a: 1 } }),
      observed('r3', { details: { b: 3, a: 1 } }),
    ];

    expect(shape(collapseObservations(observations, RUNS))).toEqual([
      ['r1', 'r2', 2],
      ['r3', 'r3', 1],
    ]);
  });

  it('keeps checks cited twice with different parameters in their own streaks', () => {
    const observations = RUNS.flatMap(run => [
      observed(run, { details: { params: 'strict' } }),
      observed(run, { details: { params: 'lenient' } }),
    ]);

    expect(shape(collapseObservations(observations, RUNS))).toEqual([
      ['r1', 'r5', 5],
      ['r1', 'r5', 5],
    ]);
  });

  it('keeps subjects and checks apart and orders streaks by check, subject and sequence', () => {
    const observations = [
      observed('r1', { subject: 'component:default/svc-b' }),
      observed('r1', { check: 'catalog.tier' }),
      observed('r1'),
      observed('r2', { subject: 'component:default/svc-b' }),
    ];

    expect(
      collapseObservations(observations, RUNS).map(streak => [
        streak.first.check,
        streak.first.subject,
        streak.count,
      ]),
    ).toEqual([
      ['catalog.owner', 'component:default/svc-a', 1],
      ['catalog.owner', 'component:default/svc-b', 2],
      ['catalog.tier', 'component:default/svc-a', 1],
    ]);
  });

  it('does not join observations of runs it does not know', () => {
    const observations = [observed('x1'), observed('x2')];

    expect(shape(collapseObservations(observations, RUNS))).toEqual([
      ['x1', 'x1', 1],
      ['x2', 'x2', 1],
    ]);
  });
});
