import type { StatusCounts } from '@localplus/plugin-compliance-common';
import { historySegments } from './historySegments';

const counts: StatusCounts = {
  satisfied: 3,
  'not-satisfied': 0,
  'not-applicable': 1,
  error: 0,
};

const run = (evaluatedAt: string, status: 'satisfied' | 'not-satisfied') => ({
  runId: evaluatedAt,
  evaluatedAt,
  status,
  counts,
});

describe('historySegments', () => {
  it('merges consecutive runs of one status and lists the changes newest first', () => {
    const segments = historySegments([
      run('2026-05-01T10:00:00Z', 'satisfied'),
      run('2026-05-02T10:00:00Z', 'satisfied'),
      run('2026-05-03T10:00:00Z', 'not-satisfied'),
      run('2026-05-04T10:00:00Z', 'not-satisfied'),
      run('2026-05-05T10:00:00Z', 'satisfied'),
    ]);

    expect(segments.map(s => [s.status, s.since, s.until, s.runs])).toEqual([
      ['satisfied', '2026-05-05T10:00:00Z', undefined, 1],
      ['not-satisfied', '2026-05-03T10:00:00Z', '2026-05-05T10:00:00Z', 2],
      ['satisfied', '2026-05-01T10:00:00Z', '2026-05-03T10:00:00Z', 2],
    ]);
  });

  it('orders runs by time whatever order they came in', () => {
    const segments = historySegments([
      run('2026-05-03T10:00:00Z', 'not-satisfied'),
      run('2026-05-01T10:00:00Z', 'satisfied'),
    ]);

    expect(segments.map(s => s.status)).toEqual(['not-satisfied', 'satisfied']);
    expect(segments[1].until).toBe('2026-05-03T10:00:00Z');
  });

  it('has nothing to say of a period without runs', () => {
    expect(historySegments([])).toEqual([]);
  });
});
