import type { TaskStart } from './schedulerSampler';

/**
 * One task's starts seen by the sampler, oldest first: how many each
 * replica started and the seconds between consecutive starts.
 */
export function taskStartsOf(starts: TaskStart[], taskId: string) {
  const runs = starts
    .filter(start => start.taskId === taskId)
    .sort((x, y) => x.startedAt - y.startedAt);
  const perReplica: Record<string, number> = { a: 0, b: 0 };
  runs.forEach(run => (perReplica[run.replica] += run.count));
  const gaps = runs
    .slice(1)
    .map((run, i) => (run.startedAt - runs[i].startedAt) / 1000);
  return { runs, perReplica, gaps };
}
