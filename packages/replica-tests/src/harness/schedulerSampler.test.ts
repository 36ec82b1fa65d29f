import type { MetricSample } from './prometheusText';
import {
  CATALOG_PROCESSED_METRIC,
  catalogProcessedPerReplica,
  startsPerReplica,
  TASK_RUNS_METRIC,
} from './schedulerSampler';

const sample = (
  name: string,
  value: number,
  labels: Record<string, string> = {},
): MetricSample => ({ name, labels, value });

describe('counts per replica from sampled metrics', () => {
  it("counts a task's starts on each replica, other tasks and results aside", () => {
    const latest = {
      a: [
        sample(TASK_RUNS_METRIC, 3, { taskId: 'x', result: 'started' }),
        sample(TASK_RUNS_METRIC, 2, { taskId: 'x', result: 'succeeded' }),
        sample(TASK_RUNS_METRIC, 9, { taskId: 'y', result: 'started' }),
      ],
      b: [sample(TASK_RUNS_METRIC, 1, { taskId: 'x', result: 'started' })],
    };
    expect(startsPerReplica(latest, 'x')).toEqual({ a: 3, b: 1 });
  });

  it('counts the entities each catalog processed between two samples', () => {
    const first = {
      a: [sample(CATALOG_PROCESSED_METRIC, 10, { result: 'unchanged' })],
    };
    const latest = {
      a: [
        sample(CATALOG_PROCESSED_METRIC, 25, { result: 'unchanged' }),
        sample(CATALOG_PROCESSED_METRIC, 5, { result: 'changed' }),
      ],
      b: [sample(CATALOG_PROCESSED_METRIC, 7, { result: 'changed' })],
    };
    expect(catalogProcessedPerReplica(first, latest)).toEqual({ a: 20, b: 7 });
  });
});
