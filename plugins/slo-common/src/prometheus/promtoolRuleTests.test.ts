import {
  argocdProbe,
  bySloName,
  ledgerTimeslices,
  seedSlos,
} from '../__testUtils__/parsedSeedSlos';
import {
  ruleOptions,
  setUpPromtoolScratch,
} from '../__testUtils__/promtoolRuleScratch';
import {
  steadyBurnTest,
  STEADY_MINUTES,
  Traffic,
} from '../__testUtils__/promtoolScenarios';
import { BURN_RATE_ALERT_WINDOWS } from '../budget/burnRateAlertWindows';
import { removeDecimalNoise } from '../budget/decimalNoise';
import type { OpenSloSlo } from '../openslo/schema';
import { objectiveTarget } from '../openslo/sloAccessors';
import { sloAlertWindows } from './sloAlertWindows';
import {
  AlertingRule,
  generatePrometheusRules,
} from './generatePrometheusRules';

jest.setTimeout(60_000);

const { promtool, writeRules, testRules } = setUpPromtoolScratch(
  'slo-promtool-rules-',
);

/** 200s and 503s of the selected requests: the counters availability reads. */
const requestsByCode =
  (selector: string): Traffic =>
  (requests, errors) =>
    [
      {
        series: `http_requests_total{${selector},code="200"}`,
        perMinute: requests - errors,
      },
      {
        series: `http_requests_total{${selector},code="503"}`,
        perMinute: errors,
      },
    ];

/** How each seed SLO's counters move when `errors` of `requests` are bad. */
const SEED_TRAFFIC: Record<string, Traffic> = {
  'svc-ledger-availability': requestsByCode('service="svc-ledger"'),
  'svc-ledger-latency': (requests, errors) => [
    {
      series:
        'http_request_duration_seconds_bucket{service="svc-ledger",le="0.2"}',
      perMinute: requests - errors,
    },
    {
      series: 'http_request_duration_seconds_count{service="svc-ledger"}',
      perMinute: requests,
    },
  ],
  'svc-wallet-availability': requestsByCode('service="svc-wallet"'),
  'argocd-availability': requestsByCode('job="argocd-server"'),
  'prometheus-availability': requestsByCode('job="prometheus"'),
};

/** The alerts of `slo` whose burn rate is at most `burnRate`: those a steady burn fires. */
function alertsAtOrBelow(
  slo: OpenSloSlo,
  burnRate: number,
  options = ruleOptions,
): AlertingRule[] {
  const firing = sloAlertWindows(slo, slo.spec.objectives[0]).filter(
    w => w.burnRate <= burnRate,
  );
  return generatePrometheusRules(slo, options).groups[0].rules.filter(
    (r): r is AlertingRule =>
      'alert' in r && firing.some(w => w.longWindow === r.labels.long_window),
  );
}

function budgetOf(slo: OpenSloSlo): number {
  return removeDecimalNoise(1 - objectiveTarget(slo.spec.objectives[0]));
}

describe('promtool check rules', () => {
  const cases: Array<[string, OpenSloSlo, number]> = [
    ...seedSlos.map((slo): [string, OpenSloSlo, number] => [
      slo.metadata.name,
      slo,
      11,
    ]),
    ['Timeslices ratio (svc-ledger-good-minutes)', ledgerTimeslices, 11],
    ['calendar-month probe (platform-gitops)', argocdProbe, 11],
  ];

  it.each(cases)(
    'accepts the rules of %s, with and without the low-traffic guard',
    async (_label, slo, ruleCount) => {
      const guarded = slo.spec.indicator.spec.ratioMetric !== undefined;
      const [plain, withGuard] = await Promise.all([
        writeRules(`check-${slo.metadata.name}`, slo).then(file =>
          promtool(['check', 'rules', file]),
        ),
        writeRules(`check-guarded-${slo.metadata.name}`, slo, {
          ...ruleOptions,
          minimumEvents: 100,
        }).then(file => promtool(['check', 'rules', file])),
      ]);
      expect(plain).toEqual({
        exitCode: 0,
        output: expect.stringContaining(`SUCCESS: ${ruleCount} rules found`),
      });
      // The guard records the total rate over the four long windows.
      expect(withGuard).toEqual({
        exitCode: 0,
        output: expect.stringContaining(
          `SUCCESS: ${ruleCount + (guarded ? 4 : 0)} rules found`,
        ),
      });
    },
  );
});

describe('promtool test rules: burn-rate alerts of the seed SLOs', () => {
  it.each(Object.keys(SEED_TRAFFIC))(
    '%s: each alert fires at its burn rate and not at 0.95 times it',
    async name => {
      const slo = bySloName(name);
      const budget = budgetOf(slo);
      const tests = BURN_RATE_ALERT_WINDOWS.flatMap(({ burnRate: rate }) =>
        [rate, removeDecimalNoise(rate * 0.95)].map(burnRate =>
          steadyBurnTest({
            name: `${name} burning ${burnRate}x`,
            traffic: SEED_TRAFFIC[name],
            errorShare: burnRate * budget,
            firing: alertsAtOrBelow(slo, burnRate),
          }),
        ),
      );
      expect(tests).toHaveLength(8);
      const result = await testRules(
        `burn-${name}`,
        await writeRules(`burn-${name}`, slo),
        `${STEADY_MINUTES}m`,
        tests,
      );
      expect(result).toEqual({
        exitCode: 0,
        output: expect.stringContaining('SUCCESS'),
      });
    },
  );

  it('holds an alert back while its long window has too few events', async () => {
    // 1000 requests a minute: 60 000 in 1h, under the minimum; 360 000 in 6h.
    const slo = bySloName('svc-ledger-availability');
    const guarded = { ...ruleOptions, minimumEvents: 100_000 };
    const result = await testRules(
      'guard',
      await writeRules('guard', slo, guarded),
      `${STEADY_MINUTES}m`,
      [
        steadyBurnTest({
          name: '14.4x with 60 000 events in 1h',
          traffic: SEED_TRAFFIC['svc-ledger-availability'],
          errorShare: 14.4 * budgetOf(slo),
          firing: alertsAtOrBelow(slo, 14.4, guarded).filter(
            rule => rule.labels.long_window !== '1h',
          ),
        }),
      ],
    );
    expect(result).toEqual({
      exitCode: 0,
      output: expect.stringContaining('SUCCESS'),
    });
  });

  it('fails, and says so, when an expectation is wrong', async () => {
    // Proves the harness can fail: 0.9 x 14.4 must not page over 1h.
    const slo = bySloName('svc-ledger-availability');
    const result = await testRules(
      'wrong',
      await writeRules('wrong', slo),
      `${STEADY_MINUTES}m`,
      [
        steadyBurnTest({
          name: 'wrongly expects the 1h page at 12.96x',
          traffic: SEED_TRAFFIC['svc-ledger-availability'],
          errorShare: 12.96 * budgetOf(slo),
          firing: alertsAtOrBelow(slo, 14.4),
        }),
      ],
    );
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('FAILED');
    expect(result.output).toContain('alertname: SloErrorBudgetBurn');
    expect(result.output).not.toContain('SUCCESS');
  });
});
