import {
  checkoutAlerts,
  SLO_WINDOW_CASES,
} from '../__testUtils__/checkoutAlerts';
import { setUpPromtoolScratch } from '../__testUtils__/promtoolRuleScratch';
import { durationToSeconds } from '../openslo/durations';
import { sloAlertPeriodSeconds } from '../openslo/sloAccessors';
import type { AlertingRule } from './generatePrometheusRules';

jest.setTimeout(120_000);

const { writeRules, testRules } = setUpPromtoolScratch('slo-promtool-onset-');

const REQUESTS = 1000;
const BUDGET = 0.001;

/**
 * Counters of 1000 requests a minute: clean until `onset` (longer than every
 * window, so that each one starts full of clean traffic), then `errors` of
 * them 503 each minute.
 */
function onsetSeries(errors: number, onset: number, minutes: number) {
  const good = REQUESTS - errors;
  const clean = `0+${REQUESTS}x${onset}`;
  const start = REQUESTS * onset;
  return [
    {
      series: 'http_requests_total{service="svc-checkout",code="200"}',
      values: `${clean} ${start + good}+${good}x${minutes}`,
    },
    {
      series: 'http_requests_total{service="svc-checkout",code="503"}',
      values: `0+0x${onset} ${errors}+${errors}x${minutes}`,
    },
  ];
}

const minutesOf = (window: string) => durationToSeconds(window)! / 60;
const burnRateOf = (alert: AlertingRule) =>
  Number(/>= ([\d.]+)\)/.exec(alert.expr)![1]);

/**
 * Whether `alert` fires `elapsed` minutes into a steady burn at `burnRate`:
 * a window of W minutes then holds min(W, elapsed) minutes of errors.
 */
function fires(alert: AlertingRule, burnRate: number, elapsed: number) {
  return [alert.labels.long_window, alert.labels.short_window].every(w => {
    const window = minutesOf(w);
    const seen =
      Math.round((burnRate * Math.min(window, elapsed) * 1e6) / window) / 1e6;
    return seen >= burnRateOf(alert);
  });
}

describe('promtool test rules: time to fire after the onset of a burn', () => {
  it.each(SLO_WINDOW_CASES)(
    'a %s SLO: each alert fires one long window after the onset, at its share of the budget',
    async (label, timeWindow) => {
      const { slo, alerts } = checkoutAlerts(timeWindow);

      const name = `onset-${label.replace(' ', '-')}`;
      const ruleFile = await writeRules(name, slo);
      const onset =
        Math.max(...alerts.map(a => minutesOf(a.labels.long_window))) + 1;
      const results = await Promise.all(
        alerts.flatMap((alert, i) => {
          const burnRate = burnRateOf(alert);
          const toFire = minutesOf(alert.labels.long_window);
          // Not yet one evaluation step before, firing at the long window.
          return [toFire - 1, toFire].map(async elapsed => {
            const at = onset + elapsed;
            const firing = alerts.filter(a => fires(a, burnRate, elapsed));
            expect(firing.includes(alert)).toBe(elapsed === toFire);
            const result = await testRules(
              `${name}-${i}-${elapsed}`,
              ruleFile,
              `${at}m`,
              [
                {
                  name: `${label} ${burnRate}x, ${elapsed}m after the onset`,
                  interval: '1m',
                  input_series: onsetSeries(
                    burnRate * BUDGET * REQUESTS,
                    onset,
                    elapsed,
                  ),
                  alert_rule_test: [
                    {
                      eval_time: `${at}m`,
                      alertname: alert.alert,
                      exp_alerts: firing.map(a => ({
                        exp_labels: a.labels,
                        exp_annotations: a.annotations,
                      })),
                    },
                  ],
                },
              ],
            );
            return { elapsed, result };
          });
        }),
      );
      for (const { result } of results) {
        expect(result).toEqual({
          exitCode: 0,
          output: expect.stringContaining('SUCCESS'),
        });
      }
      // Time to fire (the long window) times the burn rate, over the period
      // the windows are sized on: the budget spent when the alert fires.
      const period = sloAlertPeriodSeconds(slo) / 60;
      expect(
        alerts.map(a =>
          ((burnRateOf(a) * minutesOf(a.labels.long_window)) / period).toFixed(
            4,
          ),
        ),
      ).toEqual(['0.0200', '0.0500', '0.1000', '0.1000']);
    },
  );
});
