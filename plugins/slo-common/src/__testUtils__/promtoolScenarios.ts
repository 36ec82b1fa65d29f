import type { AlertingRule } from '../prometheus/generatePrometheusRules';

/**
 * Builders for `promtool test rules` files. Counters are written as their
 * cumulative values, as a scrape would see them.
 */

/** A counter and how much it grows each minute. */
export type CounterGrowth = { series: string; perMinute: number };

/** The counters an SLO reads, for `requests` a minute of which `errors` are bad. */
export type Traffic = (requests: number, errors: number) => CounterGrowth[];

/** Three days and one hour: every alert window, up to 3d, is full of data. */
export const STEADY_MINUTES = 73 * 60;

/**
 * A test group with steady traffic and a constant error share since the start,
 * so that every window sees exactly that share at the end, when exactly
 * `firing` alerts must be active (all others must not).
 */
export function steadyBurnTest(options: {
  name: string;
  traffic: Traffic;
  errorShare: number;
  firing: AlertingRule[];
  requestsPerMinute?: number;
}) {
  const requests = options.requestsPerMinute ?? 1000;
  const errors = requests * options.errorShare;
  return {
    name: options.name,
    interval: '1m',
    input_series: options.traffic(requests, errors).map(counter => ({
      series: counter.series,
      values: `0+${counter.perMinute}x${STEADY_MINUTES}`,
    })),
    alert_rule_test: [
      {
        eval_time: `${STEADY_MINUTES}m`,
        alertname: options.firing[0]?.alert ?? 'SloErrorBudgetBurn',
        exp_alerts: options.firing.map(rule => ({
          exp_labels: rule.labels,
          exp_annotations: rule.annotations,
        })),
      },
    ],
  };
}

/**
 * Cumulative values of a counter sampled every 30 s, growing by `perMinute[i]`
 * during minute i (half in each half-minute), then flat for `tail` samples.
 * Two samples a minute keep a 1m range readable whether ranges include their
 * start (Prometheus 2) or not (Prometheus 3).
 */
export function halfMinuteCounter(perMinute: number[], tail = 1): string {
  const values = [0];
  for (const growth of perMinute) {
    const last = values[values.length - 1];
    values.push(last + growth / 2, last + growth);
  }
  for (let i = 0; i < tail; i++) {
    values.push(values[values.length - 1]);
  }
  return values.join(' ');
}

/**
 * svc-ledger's counters over two hours of 1000 requests a minute, 0.5 %
 * failing, except 5 % every tenth minute of the second hour and no traffic
 * at all in minutes 113 to 115: one-minute slices of every kind. At 120m30s
 * a 1h subquery of one-minute slices holds minutes 60 to 119: 57 with
 * traffic, 6 of them 95 % good and 51 of them 99.5 % good.
 */
export function ledgerMinuteSlicesSeries() {
  const minutes = Array.from({ length: 120 }, (_, minute) => {
    if (minute >= 113 && minute <= 115) return { requests: 0, errors: 0 };
    const bad = minute >= 60 && minute % 10 === 0;
    return { requests: 1000, errors: bad ? 50 : 5 };
  });
  const counter = (
    code: string,
    growth: (m: (typeof minutes)[0]) => number,
  ) => ({
    series: `http_requests_total{service="svc-ledger",code="${code}"}`,
    values: halfMinuteCounter(minutes.map(growth)),
  });
  return [
    counter('200', m => m.requests - m.errors),
    counter('503', m => m.errors),
  ];
}
