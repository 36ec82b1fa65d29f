import { stringify } from 'yaml';
import {
  argocdProbeSlo,
  ledgerSlos,
  ledgerTimeslicesSlo,
  platformSlos,
  walletSlo,
} from '../__fixtures__/seedSlos';
import {
  createScratchDir,
  runPromtool,
  ScratchDir,
} from '../__testUtils__/promtool';
import {
  halfMinuteCounter,
  steadyBurnTest,
  STEADY_MINUTES,
  Traffic,
} from '../__testUtils__/promtoolScenarios';
import { BURN_RATE_ALERT_WINDOWS } from '../budget/burnRateAlertWindows';
import { removeDecimalNoise } from '../budget/decimalNoise';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import { objectiveTarget } from '../openslo/sloAccessors';
import {
  AlertingRule,
  generatePrometheusRules,
  GeneratePrometheusRulesOptions,
  prometheusRulesToYaml,
} from './generatePrometheusRules';
import { sloQueries } from './sloQueries';

jest.setTimeout(60_000);

const options: GeneratePrometheusRulesOptions = {
  runbookUrl:
    'https://github.com/localplus/docs/blob/main/runbooks/incident-response.md',
  dashboardUrl: 'https://grafana.localplus.example/d/slo/slo',
};

function readSlos(text: string): OpenSloSlo[] {
  const { documents, problems } = parseOpenSloDocuments(text);
  expect(problems).toEqual([]);
  return documents.filter((d): d is OpenSloSlo => d.kind === 'SLO');
}

const seedSlos = readSlos([ledgerSlos, walletSlo, platformSlos].join('---\n'));
const [ledgerTimeslices] = readSlos(ledgerTimeslicesSlo);
const [argocdProbe] = readSlos(argocdProbeSlo);
const bySloName = (name: string) =>
  seedSlos.find(slo => slo.metadata.name === name)!;

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
  ruleOptions = options,
): AlertingRule[] {
  const firing = BURN_RATE_ALERT_WINDOWS.filter(w => w.burnRate <= burnRate);
  return generatePrometheusRules(slo, ruleOptions).groups[0].rules.filter(
    (r): r is AlertingRule =>
      'alert' in r && firing.some(w => w.longWindow === r.labels.long_window),
  );
}

function budgetOf(slo: OpenSloSlo): number {
  return removeDecimalNoise(1 - objectiveTarget(slo.spec.objectives[0]));
}

/** Prometheus' own `round(v, 0.000001)`, so expected values match bit for bit. */
function roundLikePromql(value: number): number {
  const inverse = 1 / 0.000001;
  return Math.floor(value * inverse + 0.5) / inverse;
}

let scratch: ScratchDir;
beforeAll(async () => {
  scratch = await createScratchDir('slo-promtool-');
});
afterAll(() => scratch.remove());

async function writeRules(
  name: string,
  slo: OpenSloSlo,
  ruleOptions = options,
): Promise<string> {
  return scratch.write(
    `${name}.rules.yaml`,
    prometheusRulesToYaml(generatePrometheusRules(slo, ruleOptions)),
  );
}

/**
 * The recording rules of a Timeslices ratio SLO up to 1d. promtool's test
 * engine refuses queries holding over 10 000 samples (Prometheus allows 50
 * million by default), and 4 320 one-minute slices of 3d hold more.
 */
async function writeRecordingsUpTo1d(
  name: string,
  slo: OpenSloSlo,
): Promise<string> {
  const [group] = generatePrometheusRules(slo, options).groups;
  const rules = group.rules.filter(
    rule => 'record' in rule && !rule.record.endsWith('3d'),
  );
  return scratch.write(
    `${name}.rules.yaml`,
    prometheusRulesToYaml({ groups: [{ ...group, rules }] }),
  );
}

/**
 * Runs `tests` against `ruleFile`, evaluating the rules only at 0 and at
 * `evaluateAt`, where the tests look. That is all an alert needs: the rules
 * have no `for`, and recordings come before the alerts in their group, so one
 * evaluation records the ratios and then alerts on them. It keeps promtool
 * from re-evaluating 3-day ranges every few minutes of a 3-day scenario.
 */
async function testRules(
  name: string,
  ruleFile: string,
  evaluateAt: string,
  tests: unknown[],
) {
  const testFile = await scratch.write(
    `${name}.test.yaml`,
    stringify({
      rule_files: [ruleFile],
      evaluation_interval: evaluateAt,
      tests,
    }),
  );
  return runPromtool(['test', 'rules', testFile], scratch.dir);
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
          runPromtool(['check', 'rules', file], scratch.dir),
        ),
        writeRules(`check-guarded-${slo.metadata.name}`, slo, {
          ...options,
          minimumEvents: 100,
        }).then(file => runPromtool(['check', 'rules', file], scratch.dir)),
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
    '%s: each alert fires at its burn rate and not at 0.9 times it',
    async name => {
      const slo = bySloName(name);
      const budget = budgetOf(slo);
      const tests = BURN_RATE_ALERT_WINDOWS.flatMap(({ burnRate: rate }) =>
        [rate, removeDecimalNoise(rate * 0.9)].map(burnRate =>
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
    const guarded = { ...options, minimumEvents: 100_000 };
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

describe('promtool test rules: what the queries measure', () => {
  /** A `promql_expr_test` entry for a one-series result, rounded to a millionth. */
  const rounded = (
    expr: string,
    evalTime: string,
    value: number,
    labels = '{}',
  ) => ({
    expr: `round(${expr}, 0.000001)`,
    eval_time: evalTime,
    exp_samples: [{ labels, value: roundLikePromql(value) }],
  });
  const recorded = (slo: OpenSloSlo) =>
    `{objective="0",service="${slo.spec.service}",slo="${slo.metadata.name}"}`;

  it('counts 1-minute slices below the slice target, skipping minutes without traffic', async () => {
    // Two hours of 1000 requests a minute with 0.5 % errors (good minutes),
    // except 5 % errors every tenth minute of the second hour and no traffic
    // at all in minutes 113 to 115.
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
    const queries = sloQueries(
      ledgerTimeslices,
      ledgerTimeslices.spec.objectives[0],
    );
    // At 120m30s the 1h subquery holds the slices ending at minutes 61 to 120,
    // that is minutes 60 to 119: 57 with traffic, 6 of them bad.
    const at = '7230s';
    const result = await testRules(
      'timeslices',
      await writeRecordingsUpTo1d('timeslices', ledgerTimeslices),
      at,
      [
        {
          name: 'bad minutes over the last hour',
          interval: '30s',
          input_series: [
            counter('200', m => m.requests - m.errors),
            counter('503', m => m.errors),
          ],
          promql_expr_test: [
            rounded(
              'slo:sli_error:ratio_rate1h{slo="svc-ledger-good-minutes"}',
              at,
              6 / 57,
              recorded(ledgerTimeslices),
            ),
            rounded(queries.errorRatio('1h'), at, 6 / 57),
            rounded(queries.events('1h'), at, 57),
            rounded(queries.goodEvents('1h'), at, 51),
          ],
        },
      ],
    );
    expect(result).toEqual({
      exitCode: 0,
      output: expect.stringContaining('SUCCESS'),
    });
  });

  it('measures 0 errors, not "no data", while no 5xx series exists yet', async () => {
    const occurrences = bySloName('svc-ledger-availability');
    const events = sloQueries(occurrences, occurrences.spec.objectives[0]);
    const slices = sloQueries(
      ledgerTimeslices,
      ledgerTimeslices.spec.objectives[0],
    );
    // Half a minute past the last sample, so the 1h subquery holds 60 slices
    // (on a minute boundary Prometheus 2 would include a 61st).
    const at = `${STEADY_MINUTES * 60 + 30}s`;
    const result = await testRules(
      'no-errors',
      await writeRules('no-errors', occurrences),
      at,
      [
        {
          name: 'only 200s, 1000 a minute',
          interval: '1m',
          input_series: [
            {
              series: 'http_requests_total{service="svc-ledger",code="200"}',
              values: `0+1000x${STEADY_MINUTES}`,
            },
          ],
          promql_expr_test: [
            rounded(
              'slo:sli_error:ratio_rate3d{slo="svc-ledger-availability"}',
              at,
              0,
              recorded(occurrences),
            ),
            rounded(events.events('1h'), at, 60_000),
            rounded(events.goodEvents('1h'), at, 60_000),
            rounded(slices.errorRatio('1h'), at, 0),
            rounded(slices.events('1h'), at, 60),
          ],
        },
      ],
    );
    expect(result).toEqual({
      exitCode: 0,
      output: expect.stringContaining('SUCCESS'),
    });
  });

  it('counts the minutes a probe failed for a threshold SLO', async () => {
    // Failed probes half-way through minutes 70, 80 and 90: each one is in
    // exactly one 1-minute slice, whatever the range boundaries.
    const failed = new Set([70 * 2 + 1, 80 * 2 + 1, 90 * 2 + 1]);
    const samples = Array.from({ length: 242 }, (_, i) =>
      failed.has(i) ? 0 : 1,
    );
    const queries = sloQueries(argocdProbe, argocdProbe.spec.objectives[0]);
    const at = '7230s';
    const result = await testRules(
      'probe',
      await writeRules('probe', argocdProbe),
      at,
      [
        {
          name: 'three failed probes in the last hour',
          interval: '30s',
          input_series: [
            {
              series: 'probe_success{target="argocd-server"}',
              values: samples.join(' '),
            },
          ],
          promql_expr_test: [
            rounded(
              'slo:sli_error:ratio_rate1h{slo="platform-gitops-availability"}',
              at,
              3 / 60,
              recorded(argocdProbe),
            ),
            rounded(queries.events('1h'), at, 60),
            rounded(queries.goodEvents('1h'), at, 57),
          ],
        },
      ],
    );
    expect(result).toEqual({
      exitCode: 0,
      output: expect.stringContaining('SUCCESS'),
    });
  });
});
