import { parseFormatted } from '../__testUtils__/parseFormatted';
import { checkoutSlo, rolling } from '../__fixtures__/alertWindowSlos';
import {
  checkoutAlerting,
  conditionDocument,
  inlineSlowBurn,
  policyDocument,
  sloWithPolicies,
} from '../__fixtures__/alertPolicySlos';
import type { OpenSloSlo } from './schema';

const parse = parseFormatted;

const slo = (objective: string, budgetingMethod?: 'Timeslices') =>
  checkoutSlo({ timeWindow: rolling('30d'), objective, budgetingMethod });

describe('OpenSLO v1 fields the portal reads as the spec writes them', () => {
  it.each([['gte'], ['gt']])('accepts op %s on a ratio objective', op => {
    expect(parse(slo(`    - target: 0.999\n      op: ${op}`)).problems).toEqual(
      [],
    );
  });

  it('reads an empty alertPolicies key, as the spec examples write it', () => {
    const text = `${slo(
      '    - target: 0.999\n      op: gt',
    )}\n  alertPolicies:\n`;
    const { documents, problems } = parse(text);
    expect(problems).toEqual([]);
    expect((documents[0] as OpenSloSlo).spec.alertPolicies).toBeUndefined();
  });

  it('refuses op lte on a ratio objective, saying why', () => {
    expect(parse(slo(`    - target: 0.999\n      op: lte`)).problems).toEqual([
      'document 0: spec.objectives[0].op: a ratio objective is met when the good share reaches its target: op must be gte or gt, not lte',
    ]);
  });

  it('reads timeSliceWindow given as a number of minutes', () => {
    const { documents, problems } = parse(
      slo(
        '    - target: 0.999\n      timeSliceTarget: 0.99\n      timeSliceWindow: 5',
        'Timeslices',
      ),
    );
    expect(problems).toEqual([]);
    expect(
      (documents[0] as OpenSloSlo).spec.objectives[0].timeSliceWindow,
    ).toBe('5m');
  });

  it.each([
    [
      'the SLO',
      (d: string) => `  description: ${d}\n  service: svc-checkout`,
      'spec.description',
    ],
  ])(
    'takes a description of 1050 characters on %s, not 1051',
    (_l, put, path) => {
      const withDescription = (length: number) =>
        checkoutSlo({ timeWindow: rolling('30d') }).replace(
          / {2}description: .*\n {2}service: svc-checkout/,
          put('x'.repeat(length)),
        );
      expect(parse(withDescription(1050)).problems).toEqual([]);
      expect(parse(withDescription(1051)).problems).toEqual([
        `document 0: ${path}: must be at most 1050 characters`,
      ]);
    },
  );

  it('takes a 1050-character description on an indicator and a Service', () => {
    const long = 'x'.repeat(1050);
    const indicator = checkoutSlo({ timeWindow: rolling('30d') }).replace(
      '      ratioMetric:',
      `      description: ${long}\n      ratioMetric:`,
    );
    const service = `apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: svc-checkout\nspec:\n  description: ${long}\n`;
    expect(parse(indicator).problems).toEqual([]);
    expect(parse(service).problems).toEqual([]);
    expect(parse(service.replace(long, `${long}x`)).problems).toEqual([
      'document 0: spec.description: must be at most 1050 characters',
    ]);
  });

  it('reads an AlertNotificationTarget document, which only names where alerts go', () => {
    const target = (spec: string) =>
      parse(
        `apiVersion: openslo/v1\nkind: AlertNotificationTarget\nmetadata:\n  name: checkout-oncall\nspec:\n${spec}`,
      );
    expect(
      target('  target: pagerduty\n  description: the checkout rota\n'),
    ).toEqual({
      documents: [expect.objectContaining({ kind: 'AlertNotificationTarget' })],
      problems: [],
    });
    expect(target('  {}\n').problems).toEqual([
      'document 0: spec.target: Invalid input: expected string, received undefined',
    ]);
  });
});

describe('AlertPolicy and AlertCondition', () => {
  it('inlines the policies and conditions an SLO references', () => {
    const { documents, problems } = parse(
      `${checkoutAlerting}`.replace(
        '    - alertPolicyRef: fast-burn\n',
        `    - alertPolicyRef: fast-burn\n${inlineSlowBurn}`,
      ),
    );
    expect(problems).toEqual([]);
    expect(documents.map(d => d.kind)).toEqual([
      'SLO',
      'AlertPolicy',
      'AlertCondition',
    ]);
    const [fast, slow] = (documents[0] as OpenSloSlo).spec.alertPolicies!;
    expect(fast).toMatchObject({
      kind: 'AlertPolicy',
      metadata: { name: 'fast-burn' },
      spec: {
        conditions: [
          {
            kind: 'AlertCondition',
            metadata: { name: 'burn-20x-30m' },
            spec: { severity: 'page', condition: { threshold: 20 } },
          },
        ],
      },
    });
    expect(slow).toMatchObject({ metadata: { name: 'slow-burn' } });
  });

  it.each([
    [
      'a condition that is not a burn rate',
      conditionDocument({
        name: 'c',
        kind: 'threshold',
        threshold: 2,
        lookbackWindow: '1h',
      }),
      'document 0: spec.condition.kind: only burnrate conditions map onto the generated multiwindow burn-rate alerts',
    ],
    [
      'a burn rate compared with lte',
      conditionDocument({
        name: 'c',
        op: 'lte',
        threshold: 2,
        lookbackWindow: '1h',
      }),
      'document 0: spec.condition.op: a burn-rate alert fires when the burn rate rises to its threshold: op must be gte or gt (lte and lt would alert while the budget is safe)',
    ],
    [
      'a severity the alerts do not carry',
      conditionDocument({
        name: 'c',
        severity: 'sev1',
        threshold: 2,
        lookbackWindow: '1h',
      }),
      'document 0: spec.severity: must be page or ticket: the generated alerts carry these two severities, which Alertmanager routes on',
    ],
    [
      'a lookback window under 5 minutes',
      conditionDocument({ name: 'c', threshold: 2, lookbackWindow: '1m' }),
      'document 0: spec.condition.lookbackWindow: must be at least 5m: shorter windows hold too few scrapes',
    ],
    [
      'an alert on missing data',
      policyDocument({ name: 'p', conditionRef: 'c' }).replace(
        'alertWhenNoData: false',
        'alertWhenNoData: true',
      ),
      'document 0: spec.alertWhenNoData: the generated burn-rate alerts do not fire on missing data; set it to false',
    ],
  ])('refuses %s, saying exactly what', (_label, text, problem) => {
    expect(parse(text).problems).toContain(problem);
  });

  it('reads an inline notification target as its name, like a targetRef', () => {
    const { documents, problems } = parse(
      policyDocument({ name: 'p', conditionRef: 'c' }).replace(
        '    - targetRef: checkout-oncall',
        '    - kind: AlertNotificationTarget\n      metadata:\n        name: checkout-mail\n      spec:\n        target: email',
      ) + conditionDocument({ name: 'c', threshold: 2, lookbackWindow: '1h' }),
    );
    expect(problems).toEqual([]);
    const policy = documents.find(d => d.kind === 'AlertPolicy');
    expect(policy?.spec).toMatchObject({
      notificationTargets: [{ targetRef: 'checkout-mail' }],
    });
  });

  it('refuses an SLO whose policy is not in the file', () => {
    const { documents, problems } = parse(sloWithPolicies(['nowhere']));
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      'document 0: spec.alertPolicies[0].alertPolicyRef: names no valid AlertPolicy in this file ("nowhere"); the policy must be in the same file as the SLO',
    ]);
  });

  it('refuses a policy whose condition is not in the file', () => {
    const { problems } = parse(
      policyDocument({ name: 'p', conditionRef: 'gone' }),
    );
    expect(problems).toEqual([
      'document 0: spec.conditions[0].conditionRef: names no AlertCondition in this file ("gone"); the condition must be in the same file',
    ]);
  });
});

describe('queries as OpenSLO files write them', () => {
  const ratio = (counter: string, good: string, total: string) =>
    `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout
  indicator:
    metadata:
      name: checkout-ok
    spec:
      ratioMetric:
${counter}
        good:
          metricSource:
            type: Prometheus
            spec:
              query: '${good}'
        total:
          metricSource:
            type: prometheus
            spec:
              query: '${total}'
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.99
`;
  const queries = (text: string) => {
    const { documents, problems } = parse(text);
    expect(problems).toEqual([]);
    const { good, total } = (documents[0] as OpenSloSlo).spec.indicator.spec
      .ratioMetric!;
    return [good!.metricSource.spec.query, total.metricSource.spec.query];
  };

  it('reads raw counters under counter: true as rates over the window', () => {
    expect(
      queries(
        ratio(
          '        counter: true',
          'sum(checkout_requests_total{code=~"2..|4.."})',
          'checkout_requests_total',
        ),
      ),
    ).toEqual([
      'sum(rate(checkout_requests_total{code=~"2..|4.."}[{{window}}]))',
      'rate(checkout_requests_total[{{window}}])',
    ]);
  });

  it('reads a rate over a fixed range as the rate over the window', () => {
    expect(
      queries(
        ratio(
          '        counter: false',
          'sum(rate(checkout_requests_total{code="200"}[5m]))',
          'sum(rate(checkout_requests_total[5m]))',
        ),
      ),
    ).toEqual([
      'sum(rate(checkout_requests_total{code="200"}[{{window}}]))',
      'sum(rate(checkout_requests_total[{{window}}]))',
    ]);
  });

  it('names the query that cannot be read, and where', () => {
    expect(
      parse(
        ratio(
          '        counter: true',
          'sum(checkout_requests_total{code="200"}) by',
          'avg(checkout_requests_total)',
        ),
      ).problems,
    ).toEqual([
      'document 0: spec.indicator.spec.ratioMetric.good.metricSource.spec.query: is not valid PromQL at character 44 (it ends too early)',
      'document 0: spec.indicator.spec.ratioMetric.total.metricSource.spec.query: under counter: true, a query must add counters up (a selector, sum(...) of selectors, or such terms joined by +), not avg: otherwise write rate(x[{{window}}]) yourself',
    ]);
  });

  it('checks a threshold query with the PromQL grammar', () => {
    const text = ratio('', 'x', 'y').replace(
      /ratioMetric:[\s\S]*?timeWindow:/,
      `thresholdMetric:
        metricSource:
          type: Prometheus
          spec:
            query: histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])) +)
  timeWindow:`,
    );
    expect(
      parse(
        text.replace(
          '- target: 0.99',
          '- target: 0.99\n      op: lt\n      value: 0.2',
        ),
      ).problems,
    ).toEqual([
      'document 0: spec.indicator.spec.thresholdMetric.metricSource.spec.query: is not valid PromQL at character 60 (near ")")',
    ]);
  });
});

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

describe('metric sources as OpenSLO files write them', () => {
  const text = checkoutSlo({ timeWindow: rolling('30d') }).replace(
    '              query: rate(http_requests_total{service="svc-checkout"}[{{window}}])',
    [
      '              query: |',
      '                sum(rate(http_requests_total{',
      '                  service="svc-checkout"',
      '                }[5m]))',
      '              dimensions: [region, zone]',
      '              accessKeyID: AKIA-do-not-echo',
    ].join('\n'),
  );

  it('reads a query written over several lines as one line', () => {
    const { documents, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(
      (documents[0] as OpenSloSlo).spec.indicator.spec.ratioMetric!.total
        .metricSource.spec,
    ).toEqual({
      query:
        'sum(rate(http_requests_total{   service="svc-checkout" }[{{window}}]))',
    });
  });

  it('leaves the fields other data sources need out of what it returns', () => {
    expect(JSON.stringify(parse(text))).not.toContain('AKIA-do-not-echo');
  });
});
