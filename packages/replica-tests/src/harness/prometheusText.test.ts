import { parsePrometheusText, sumOf } from './prometheusText';

const EXPOSITION = `# HELP backend_tasks_task_runs_count_total Total number of times a task has been run
# TYPE backend_tasks_task_runs_count_total counter
backend_tasks_task_runs_count_total{taskId="oncall-escalation",scope="global",result="started",otel_scope_name="oncall"} 3
backend_tasks_task_runs_count_total{taskId="oncall-escalation",scope="global",result="completed",otel_scope_name="oncall"} 2
backend_tasks_task_runs_count_total{taskId="adr-refresh-index",scope="global",result="started",otel_scope_name="adr"} 1
catalog_processed_entities_count_total{result="unchanged"} 160
catalog_processed_entities_count_total{result="changed"} 6
label_with_escapes{path="a \\"quoted\\" value"} 1.5e3
`;

describe('the Prometheus text reader', () => {
  const samples = parsePrometheusText(EXPOSITION);

  it('reads names, labels and values, skipping comments', () => {
    expect(samples).toHaveLength(6);
    expect(samples[5]).toEqual({
      name: 'label_with_escapes',
      labels: { path: 'a "quoted" value' },
      value: 1500,
    });
  });

  it('sums the samples whose labels match', () => {
    expect(
      sumOf(samples, 'backend_tasks_task_runs_count_total', {
        taskId: 'oncall-escalation',
        result: 'started',
      }),
    ).toBe(3);
    expect(sumOf(samples, 'catalog_processed_entities_count_total')).toBe(166);
    expect(sumOf(samples, 'missing_metric')).toBe(0);
  });
});
