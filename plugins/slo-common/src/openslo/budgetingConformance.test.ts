import { parseFormatted } from '../__testUtils__/parseFormatted';
import { checkoutSlo, rolling } from '../__fixtures__/alertWindowSlos';
import type { OpenSloSlo } from './schema';

const parse = parseFormatted;

describe('budgeting methods and the fields OpenSLO leaves optional', () => {
  const withTerms = (terms: string, objective: string) =>
    checkoutSlo({
      timeWindow: rolling('28d'),
      objective,
    }).replace(/ {2}budgetingMethod: \w+\n/, terms);

  it('reads RatioTimeslices with a slice window', () => {
    const { documents, problems } = parse(
      withTerms(
        '  budgetingMethod: RatioTimeslices\n',
        '    - target: 0.99\n      timeSliceWindow: 5m',
      ),
    );
    expect(problems).toEqual([]);
    expect((documents[0] as OpenSloSlo).spec.budgetingMethod).toBe(
      'RatioTimeslices',
    );
  });

  it.each([
    [
      'RatioTimeslices without a slice window',
      '  budgetingMethod: RatioTimeslices\n',
      '    - target: 0.99',
      'document 0: spec.objectives[0].timeSliceWindow: RatioTimeslices budgeting needs timeSliceWindow',
    ],
    [
      'RatioTimeslices with a slice target',
      '  budgetingMethod: RatioTimeslices\n',
      '    - target: 0.99\n      timeSliceTarget: 0.9\n      timeSliceWindow: 1m',
      'document 0: spec.objectives[0].timeSliceTarget: timeSliceTarget only applies to Timeslices budgeting: under RatioTimeslices each slice counts by its good share',
    ],
    [
      'no budgeting method',
      '',
      '    - target: 0.99',
      'document 0: spec.budgetingMethod: is required: Occurrences, Timeslices or RatioTimeslices',
    ],
    [
      'an unknown budgeting method',
      '  budgetingMethod: Weighted\n',
      '    - target: 0.99',
      'document 0: spec.budgetingMethod: must be one of: Occurrences, Timeslices or RatioTimeslices',
    ],
    [
      'a composite objective',
      '  budgetingMethod: Occurrences\n',
      '    - target: 0.99\n      indicatorRef: other-sli\n      compositeWeight: 2',
      'document 0: spec.objectives[0].indicatorRef: composite SLOs (an indicator per objective) are not supported: write one SLO per indicator',
    ],
  ])('refuses %s, saying why', (_label, terms, objective, problem) => {
    expect(parse(withTerms(terms, objective)).problems).toContain(problem);
  });

  it('asks for the window the portal budgets over', () => {
    const text = withTerms(
      '  budgetingMethod: Occurrences\n',
      '    - target: 0.99',
    ).replace(/ {2}timeWindow:\n( {4}.*\n)+/, '');
    expect(parse(text).problems).toEqual([
      'document 0: spec.timeWindow: is required: the portal budgets over one window, e.g. - duration: 30d with isRolling: true',
    ]);
  });

  it('refuses a precomputed ratio, saying what to give instead', () => {
    const text = withTerms(
      '  budgetingMethod: Occurrences\n',
      '    - target: 0.99',
    ).replace(
      '      ratioMetric:\n',
      '      ratioMetric:\n        rawType: success\n',
    );
    expect(parse(text).problems).toContain(
      'document 0: spec.indicator.spec.ratioMetric.rawType: a precomputed ratio (raw, rawType) is not supported: give total and good or bad, the counters the ratio is made of',
    );
  });
});
