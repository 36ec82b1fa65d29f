import {
  checkoutAlerts,
  SLO_WINDOW_CASES,
} from '../__testUtils__/checkoutAlerts';
import { setUpPromtoolScratch } from '../__testUtils__/promtoolRuleScratch';
import {
  steadyBurnTest,
  STEADY_MINUTES,
} from '../__testUtils__/promtoolScenarios';
import { removeDecimalNoise } from '../budget/decimalNoise';
import { sloAlertWindows } from './sloAlertWindows';

jest.setTimeout(60_000);

const { writeRules, testRules } = setUpPromtoolScratch('slo-promtool-scaled-');

const traffic = (requests: number, errors: number) => [
  {
    series: 'http_requests_total{service="svc-checkout",code="200"}',
    perMinute: requests - errors,
  },
  {
    series: 'http_requests_total{service="svc-checkout",code="503"}',
    perMinute: errors,
  },
];

describe('promtool test rules: alert windows scaled to the SLO window', () => {
  it.each(SLO_WINDOW_CASES)(
    'a %s SLO: each alert fires at its burn rate and not at 0.95 times it',
    async (label, timeWindow) => {
      const { slo, alerts } = checkoutAlerts(timeWindow);
      const table = sloAlertWindows(slo, slo.spec.objectives[0]);

      const tests = table.flatMap(({ burnRate: rate }) =>
        [rate, removeDecimalNoise(rate * 0.95)].map(burnRate =>
          steadyBurnTest({
            name: `${label} burning ${burnRate}x`,
            traffic,
            errorShare: burnRate * 0.001,
            firing: alerts.filter((_, i) => table[i].burnRate <= burnRate),
          }),
        ),
      );
      const name = `scaled-${label.replace(' ', '-')}`;
      const result = await testRules(
        name,
        await writeRules(name, slo),
        `${STEADY_MINUTES}m`,
        tests,
      );
      expect(result).toEqual({
        exitCode: 0,
        output: expect.stringContaining('SUCCESS'),
      });
    },
  );
});
