import {
  argocdProbe,
  bySloName,
  ledgerTimeslices,
} from '../__testUtils__/parsedSeedSlos';
import {
  ruleOptions,
  setUpPromtoolScratch,
} from '../__testUtils__/promtoolRuleScratch';
import {
  ledgerMinuteSlicesSeries,
  STEADY_MINUTES,
} from '../__testUtils__/promtoolScenarios';
import type { OpenSloSlo } from '../openslo/schema';
import { generatePrometheusRules } from './generatePrometheusRules';
import { sloQueries } from './sloQueries';

jest.setTimeout(60_000);

const { writeRuleFile, writeRules, testRules } = setUpPromtoolScratch(
  'slo-promtool-queries-',
);

/** Prometheus' own `round(v, 0.000001)`, so expected values match bit for bit. */
function roundLikePromql(value: number): number {
  const inverse = 1 / 0.000001;
  return Math.floor(value * inverse + 0.5) / inverse;
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
  const [group] = generatePrometheusRules(slo, ruleOptions).groups;
  const rules = group.rules.filter(
    rule => 'record' in rule && !rule.record.endsWith('3d'),
  );
  return writeRuleFile(name, { groups: [{ ...group, rules }] });
}

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
          input_series: ledgerMinuteSlicesSeries(),
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
            // A calendar month alerts over windows sized on its shortest
            // month (28 days): the page reads 56 minutes.
            rounded(
              'slo:sli_error:ratio_rate56m{slo="platform-gitops-availability"}',
              at,
              3 / 56,
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
