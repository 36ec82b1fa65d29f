import {
  checkoutSlo,
  rolling,
  sliceObjective,
} from '../__fixtures__/alertWindowSlos';
import { setUpPromtoolScratch } from '../__testUtils__/promtoolRuleScratch';
import { durationToSeconds } from '../openslo/durations';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import {
  AlertingRule,
  generatePrometheusRules,
  PrometheusRuleFile,
  RecordingRule,
} from './generatePrometheusRules';

jest.setTimeout(60_000);

const { writeRuleFile, testRules } = setUpPromtoolScratch(
  'slo-promtool-outage-',
);

/** Three hours of clean traffic, then every request fails for two hours. */
const OUTAGE_AT_MINUTES = 180;
const input_series = [
  {
    series: 'http_requests_total{service="svc-checkout",code="200"}',
    values: `0+1000x${OUTAGE_AT_MINUTES} ${OUTAGE_AT_MINUTES * 1000}+0x120`,
  },
  {
    series: 'http_requests_total{service="svc-checkout",code="503"}',
    values: `0+0x${OUTAGE_AT_MINUTES} 0+1000x120`,
  },
];

function sliceSlo(slice: string): OpenSloSlo {
  const { documents, problems } = parseOpenSloDocuments(
    checkoutSlo({
      name: `svc-checkout-slices-${slice}`,
      timeWindow: rolling('30d'),
      budgetingMethod: 'Timeslices',
      objective: sliceObjective(slice),
    }),
  );
  expect(problems).toEqual([]);
  return documents[0] as OpenSloSlo;
}

/** The fastest page and the recordings it reads: what an outage must trip. */
function fastestPage(slo: OpenSloSlo): {
  page: AlertingRule;
  ruleFile: PrometheusRuleFile;
} {
  const [group] = generatePrometheusRules(slo).groups;
  const page = group.rules.find((r): r is AlertingRule => 'alert' in r)!;
  const reads = group.rules.filter(
    (r): r is RecordingRule =>
      'record' in r && page.expr.includes(`${r.record}{`),
  );
  return {
    page,
    ruleFile: { groups: [{ ...group, rules: [...reads, page] }] },
  };
}

describe('promtool test rules: a total outage pages whatever the slice length', () => {
  it.each(['1m', '10m', '30m', '1h'])(
    'with %s slices the page fires one slice into the outage and keeps firing',
    async slice => {
      const { page, ruleFile } = fastestPage(sliceSlo(slice));
      const file = await writeRuleFile(`outage-${slice}`, ruleFile);
      const sliceMinutes = durationToSeconds(slice)! / 60;
      const results = await Promise.all(
        [1, 7].map(after => {
          const at = `${OUTAGE_AT_MINUTES + sliceMinutes + after}m`;
          return testRules(`outage-${slice}-${after}`, file, at, [
            {
              name: `${slice} slices, ${
                sliceMinutes + after
              } minutes into the outage`,
              interval: '1m',
              input_series,
              alert_rule_test: [
                {
                  eval_time: at,
                  alertname: page.alert,
                  exp_alerts: [
                    {
                      exp_labels: page.labels,
                      exp_annotations: page.annotations,
                    },
                  ],
                },
              ],
            },
          ]);
        }),
      );
      expect(results).toEqual([
        { exitCode: 0, output: expect.stringContaining('SUCCESS') },
        { exitCode: 0, output: expect.stringContaining('SUCCESS') },
      ]);
    },
  );
});
