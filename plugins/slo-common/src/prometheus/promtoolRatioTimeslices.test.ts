import { ledgerTimeslicesSlo } from '../__fixtures__/seedSlos';
import { parseFormatted } from '../__testUtils__/parseFormatted';
import { setUpPromtoolScratch } from '../__testUtils__/promtoolRuleScratch';
import { ledgerMinuteSlicesSeries } from '../__testUtils__/promtoolScenarios';
import type { OpenSloSlo } from '../openslo/schema';
import { sloQueries } from './sloQueries';

jest.setTimeout(60_000);

const { writeRuleFile, testRules } = setUpPromtoolScratch(
  'slo-promtool-ratio-timeslices-',
);

/** The seed's one-minute ledger SLO, budgeted by each minute's good share. */
function ledgerRatioTimeslices(): OpenSloSlo {
  const { documents, problems } = parseFormatted(
    ledgerTimeslicesSlo
      .replace(
        'budgetingMethod: Timeslices',
        'budgetingMethod: RatioTimeslices',
      )
      .replace('      timeSliceTarget: 0.99\n', ''),
  );
  expect(problems).toEqual([]);
  return documents[0] as OpenSloSlo;
}

/** Prometheus' own `round(v, 0.000001)`, so expected values match bit for bit. */
const roundLikePromql = (value: number) => Math.floor(value * 1e6 + 0.5) / 1e6;

describe('promtool: RatioTimeslices', () => {
  it('averages the good share of the minutes that had traffic', async () => {
    const slo = ledgerRatioTimeslices();
    const queries = sloQueries(slo, slo.spec.objectives[0]);
    expect(queries.unit).toBe('slices');
    // At 120m30s the 1h subquery holds minutes 60 to 119: 57 with traffic,
    // 6 of them 95 % good and 51 of them 99.5 % good.
    const goodSlices = 6 * 0.95 + 51 * 0.995;
    const at = '7230s';
    const rounded = (expr: string, value: number) => ({
      expr: `round(${expr}, 0.000001)`,
      eval_time: at,
      exp_samples: [{ labels: '{}', value: roundLikePromql(value) }],
    });
    const result = await testRules(
      'ratio-timeslices',
      await writeRuleFile('ratio-timeslices', { groups: [] }),
      at,
      [
        {
          name: 'good share per minute over the last hour',
          interval: '30s',
          input_series: ledgerMinuteSlicesSeries(),
          promql_expr_test: [
            rounded(queries.errorRatio('1h'), 1 - goodSlices / 57),
            rounded(queries.events('1h'), 57),
            rounded(queries.goodEvents('1h'), goodSlices),
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
