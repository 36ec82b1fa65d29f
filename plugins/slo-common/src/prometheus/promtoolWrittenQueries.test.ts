import { setUpPromtoolScratch } from '../__testUtils__/promtoolRuleScratch';
import { halfMinuteCounter } from '../__testUtils__/promtoolScenarios';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import { sloQueries } from './sloQueries';

jest.setTimeout(60_000);

const { writeRuleFile, testRules } = setUpPromtoolScratch(
  'slo-promtool-written-',
);

/** An availability SLO of svc-wallet whose bad and total queries are given. */
function walletSlo(counter: boolean, bad: string, total: string): OpenSloSlo {
  const text = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-wallet-availability
spec:
  service: svc-wallet
  indicator:
    metadata:
      name: svc-wallet-non-5xx
    spec:
      ratioMetric:
        counter: ${counter}
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: '${bad}'
        total:
          metricSource:
            type: Prometheus
            spec:
              query: '${total}'
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`;
  const { documents, problems } = parseOpenSloDocuments(text);
  expect(problems).toEqual([]);
  return documents[0] as OpenSloSlo;
}

const SERIES = 'http_requests_total{service="svc-wallet"';

/** The same SLO as the portal's own files write it, and as others do. */
const WRITTEN = {
  'with {{window}}': walletSlo(
    true,
    `rate(${SERIES},code=~"5.."}[{{window}}])`,
    `rate(${SERIES}}[{{window}}])`,
  ),
  'as raw counters under counter: true': walletSlo(
    true,
    `sum(${SERIES},code=~"5.."})`,
    `sum by (code) (${SERIES}})`,
  ),
  'as rates over a fixed 5m range': walletSlo(
    false,
    `sum(rate(${SERIES},code=~"5.."}[5m]))`,
    `sum(rate(${SERIES}}[5m]))`,
  ),
  'with Sloth placeholder {{.window}}': walletSlo(
    false,
    `sum(rate(${SERIES},code=~"5.."}[{{.window}}]))`,
    `sum(rate(${SERIES}}[{{.window}}]))`,
  ),
};

describe('promtool: a ratio written the ways real files write it', () => {
  it('measures the same error ratio and events over each window, whichever way it is written', async () => {
    // Three hours of 1000 requests a minute on each of two instances (so
    // that sums matter), 2 % of them failing in the first hour, 0.5 % after.
    const errors = Array.from({ length: 180 }, (_, minute) =>
      minute < 60 ? 20 : 5,
    );
    const instance = (name: string, code: string, growth: number[]) => ({
      series: `${SERIES},code="${code}",instance="${name}"}`,
      values: halfMinuteCounter(growth),
    });
    const input_series = ['a', 'b'].flatMap(name => [
      instance(
        name,
        '200',
        errors.map(e => 1000 - e),
      ),
      instance(name, '503', errors),
    ]);
    const at = '10800s';
    // Over the last hour: 0.5 % of requests failed; over three hours, the
    // first hour's 2 % brings the share to 1 %.
    const expected = [
      { window: '1h', errorRatio: 0.005, events: 120_000 },
      { window: '3h', errorRatio: 0.01, events: 360_000 },
    ];
    const promql_expr_test = Object.values(WRITTEN).flatMap(slo => {
      const queries = sloQueries(slo, slo.spec.objectives[0]);
      return expected.flatMap(({ window, errorRatio, events }) => [
        {
          expr: `round(${queries.errorRatio(window)}, 0.0001)`,
          eval_time: at,
          exp_samples: [{ labels: '{}', value: errorRatio }],
        },
        {
          expr: `round(${queries.events(window)})`,
          eval_time: at,
          exp_samples: [{ labels: '{}', value: events }],
        },
      ]);
    });
    const result = await testRules(
      'written-forms',
      await writeRuleFile('written-forms', { groups: [] }),
      at,
      [
        {
          name: 'three hours of wallet traffic',
          interval: '30s',
          input_series,
          promql_expr_test,
        },
      ],
    );
    expect(result).toEqual({
      exitCode: 0,
      output: expect.stringContaining('SUCCESS'),
    });
  });

  it('reads each written form into the portal form', () => {
    const bad = (slo: OpenSloSlo) =>
      slo.spec.indicator.spec.ratioMetric!.bad!.metricSource.spec.query;
    expect(Object.values(WRITTEN).map(bad)).toEqual([
      `rate(${SERIES},code=~"5.."}[{{window}}])`,
      `sum(rate(${SERIES},code=~"5.."}[{{window}}]))`,
      `sum(rate(${SERIES},code=~"5.."}[{{window}}]))`,
      `sum(rate(${SERIES},code=~"5.."}[{{window}}]))`,
    ]);
  });
});
