import {
  AlertingRule,
  generatePrometheusRules,
  OpenSloSlo,
  parseOpenSloDocuments,
} from '@localplus/plugin-slo-common';
import { measureObjective } from './measureObjective';
import { instantQueries } from './objectiveQueries';
import type { ResolvedObjective } from './resolvedObjective';

/** A 7-day SLO of our own, so its alert table is not the 30-day one. */
const weekSlo = parseOpenSloDocuments(`
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-checkout-weekly
spec:
  service: svc-checkout
  indicator:
    metadata:
      name: svc-checkout-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-checkout",code=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-checkout"}[{{window}}])
  timeWindow:
    - duration: 7d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`).documents[0] as OpenSloSlo;

const resolved = {
  key: 'component:default/svc-checkout#svc-checkout-weekly#0',
  slo: weekSlo,
  objective: weekSlo.spec.objectives[0],
  index: 0,
  target: 0.999,
} as ResolvedObjective;

const window = {
  duration: '7d',
  rolling: true,
  start: '2026-01-01T00:00:00.000Z',
  end: '2026-01-08T00:00:00.000Z',
  seconds: 7 * 86400,
  elapsedSeconds: 7 * 86400,
};

describe('the alert table the portal measures', () => {
  const ruleAlerts = generatePrometheusRules(weekSlo)
    .groups[0].rules.filter((r): r is AlertingRule => 'alert' in r)
    .map(
      r =>
        `${r.labels.severity} ${r.labels.long_window}/${r.labels.short_window}`,
    );

  it('is the one the generated rules alert on, for a 7-day SLO', () => {
    const { measurement } = measureObjective(resolved, window, () => 0, 0);
    expect(
      measurement.alerts.map(
        a => `${a.severity} ${a.longWindow}/${a.shortWindow}`,
      ),
    ).toEqual(ruleAlerts);
    expect(ruleAlerts).toEqual([
      'page 14m/5m',
      'page 84m/7m',
      'ticket 336m/28m',
      'ticket 1008m/84m',
    ]);
  });

  it('queries every window those alerts read', () => {
    const ids = instantQueries(resolved, window).map(q => q.id);
    expect(ids).toEqual(
      expect.arrayContaining(
        ['14m', '5m', '84m', '7m', '336m', '28m', '1008m'].map(
          w => `error_${w}`,
        ),
      ),
    );
    expect(ids).toEqual(expect.arrayContaining(['events_14m', 'events_1008m']));
  });
});
