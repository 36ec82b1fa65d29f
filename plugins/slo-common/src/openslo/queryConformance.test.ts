import { parseFormatted } from '../__testUtils__/parseFormatted';
import { checkoutSlo, rolling } from '../__fixtures__/alertWindowSlos';
import type { OpenSloSlo } from './schema';

const parse = parseFormatted;

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
