import { windowedQuery } from './windowedQuery';

describe('windowedQuery', () => {
  it('keeps a query that already shows its window', () => {
    const query = 'sum(rate(http_requests_total{code=~"5.."}[{{window}}]))';
    expect(windowedQuery(query, undefined)).toEqual({ query });
    expect(windowedQuery(query, true)).toEqual({ query });
  });

  it.each([['{{.window}}'], ['{{ .window }}']])(
    'reads the Go template placeholder %s as the window',
    placeholder => {
      expect(
        windowedQuery(
          `sum(rate(http_requests_total{job="ledger"}[${placeholder}]))`,
          undefined,
        ),
      ).toEqual({
        query: 'sum(rate(http_requests_total{job="ledger"}[{{window}}]))',
      });
    },
  );

  describe('a rate over a fixed range', () => {
    it('measures the rate over the window instead', () => {
      expect(
        windowedQuery(
          'sum by (code) (rate(http_requests_total{service="svc-ledger",code!~"5.."}[5m]))',
          undefined,
        ),
      ).toEqual({
        query:
          'sum by (code) (rate(http_requests_total{service="svc-ledger",code!~"5.."}[{{window}}]))',
      });
    });

    it('replaces every range when all are the same, offsets kept', () => {
      expect(
        windowedQuery(
          'sum(rate(a_total[1m] offset 30s)) + sum(rate(b_total{x="]"}[1m]))',
          true,
        ),
      ).toEqual({
        query:
          'sum(rate(a_total[{{window}}] offset 30s)) + sum(rate(b_total{x="]"}[{{window}}]))',
      });
    });

    it('refuses ranges of different lengths, naming them', () => {
      expect(
        windowedQuery('sum(rate(a_total[5m])) + sum(rate(b_total[1h]))', true),
      ).toEqual({
        problem:
          "reads rates over different ranges (5m, 1h): write {{window}} where the SLO's window goes",
      });
    });

    it.each([
      ['sum(increase(a_total[5m]))', 'increase(a_total[5m])'],
      ['sum(irate(a_total[5m]))', 'irate(a_total[5m])'],
      ['max_over_time(up[5m])', 'max_over_time(up[5m])'],
    ])('refuses %s: the range is not a rate', (query, quoted) => {
      expect(windowedQuery(query, true)).toEqual({
        problem: `reads a fixed range outside rate() (${quoted}): write {{window}} where the SLO's window goes`,
      });
    });

    it('refuses a subquery', () => {
      expect(windowedQuery('sum(rate(a_total[1m]))[1h:1m]', true)).toEqual({
        problem:
          "a subquery sets its own range: write {{window}} where the SLO's window goes",
      });
    });
  });

  describe('raw counters under counter: true', () => {
    it.each([
      [
        'http_requests_total{code="200"}',
        'rate(http_requests_total{code="200"}[{{window}}])',
      ],
      [
        'sum(http_requests_total{code=~"2..|3.."})',
        'sum(rate(http_requests_total{code=~"2..|3.."}[{{window}}]))',
      ],
      [
        'sum without (instance) (requests_total) + (sum(retries_total) by (job))',
        'sum without (instance) (rate(requests_total[{{window}}])) + (sum(rate(retries_total[{{window}}])) by (job))',
      ],
      [
        '{__name__="requests_total"}',
        'rate({__name__="requests_total"}[{{window}}])',
      ],
    ])('reads %s as rates', (query, expected) => {
      expect(windowedQuery(query, true)).toEqual({ query: expected });
    });

    it.each([
      ['avg(requests_total)', 'avg'],
      ['requests_total - errors_total', '-'],
      ['requests_total offset 1h', 'requests_total offset 1h'],
      ['sum(requests_total) * 2', '*'],
      ['abs(requests_total)', 'abs(requests_total)'],
    ])('refuses %s, which is not counters added up', (query, quoted) => {
      expect(windowedQuery(query, true)).toEqual({
        problem: `under counter: true, a query must add counters up (a selector, sum(...) of selectors, or such terms joined by +), not ${quoted}: otherwise write rate(x[{{window}}]) yourself`,
      });
    });

    it('refuses a counter query that is not counter: true', () => {
      for (const counter of [undefined, false]) {
        expect(windowedQuery('sum(requests_total)', counter)).toEqual({
          problem:
            'must show where the window goes, e.g. rate(x[{{window}}]), or read raw counters under counter: true',
        });
      }
    });
  });

  it('reports where a query stops being PromQL', () => {
    expect(windowedQuery('sum(rate(x[5m])', true)).toEqual({
      problem: 'is not valid PromQL at character 16 (it ends too early)',
    });
    expect(windowedQuery('sum(rate(x[{{window}}]) ) )', true)).toEqual({
      problem: 'is not valid PromQL at character 27 (near ")")',
    });
  });
});
