import {
  dailySnapshots,
  ledgerAvailabilitySnapshots,
  ledgerHistory,
} from '../../__fixtures__/histories';
import {
  historySummary,
  objectiveHistoryState,
  tooFewSnapshots,
} from './objectiveHistory';

describe('objectiveHistory', () => {
  it('picks the snapshots of an objective by key', () => {
    const key = ledgerHistory.objectives[0].key;
    expect(
      objectiveHistoryState({ loading: false, value: ledgerHistory }, key),
    ).toEqual({ status: 'loaded', snapshots: ledgerAvailabilitySnapshots });
    // An objective the history does not list has nothing stored yet.
    expect(
      objectiveHistoryState(
        { loading: false, value: ledgerHistory },
        'component:default/svc-ledger#new-slo#0',
      ),
    ).toEqual({ status: 'loaded', snapshots: [] });
  });

  it('passes on loading and errors', () => {
    const error = new Error('boom');
    expect(objectiveHistoryState({ loading: true }, 'k')).toEqual({
      status: 'loading',
    });
    expect(objectiveHistoryState({ loading: false, error }, 'k')).toEqual({
      status: 'error',
      error,
    });
  });

  it('summarises from the first to the last day that has a budget', () => {
    const snapshots = dailySnapshots({
      target: 0.999,
      allowedSeconds: 2592,
      remaining: [null, 0.8, 0.7, -0.125, null],
      lastDay: '2026-11-21',
    });
    expect(historySummary(snapshots)).toBe(
      '5 daily snapshots since 2026-11-17; remaining budget 80 % → -13 %',
    );
    const empty = dailySnapshots({
      target: 0.999,
      allowedSeconds: 2592,
      remaining: [null, null],
    });
    expect(historySummary(empty)).toBe(
      '2 daily snapshots since 2026-11-20; no remaining budget measured in them',
    );
  });

  it('explains the missing chart with fewer than two days', () => {
    expect(tooFewSnapshots([])).toBe(
      'No daily snapshot stored yet: the backend stores one a day.',
    );
    expect(tooFewSnapshots(ledgerAvailabilitySnapshots.slice(-1))).toBe(
      'Only one daily snapshot so far (2026-11-21): the trend appears as days pass.',
    );
  });
});
