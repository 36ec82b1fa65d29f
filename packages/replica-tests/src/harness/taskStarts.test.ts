import { taskStartsOf } from './taskStarts';

describe('taskStartsOf', () => {
  it("counts one task's starts per replica and the gaps between them, oldest first", () => {
    const starts = [
      { taskId: 'x', replica: 'b', startedAt: 30_000, count: 1 },
      { taskId: 'y', replica: 'a', startedAt: 5_000, count: 1 },
      { taskId: 'x', replica: 'a', startedAt: 10_000, count: 1 },
      { taskId: 'x', replica: 'a', startedAt: 20_500, count: 2 },
    ];
    const { runs, perReplica, gaps } = taskStartsOf(starts as any, 'x');
    expect(runs.map(run => run.startedAt)).toEqual([10_000, 20_500, 30_000]);
    expect(perReplica).toEqual({ a: 3, b: 1 });
    expect(gaps).toEqual([10.5, 9.5]);
  });

  it('gives nothing for a task that never started', () => {
    expect(taskStartsOf([], 'x')).toEqual({
      runs: [],
      perReplica: { a: 0, b: 0 },
      gaps: [],
    });
  });
});
