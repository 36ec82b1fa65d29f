import {
  PROMETHEUS_URL,
  setupPrometheusMock,
  success,
} from './__testUtils__/prometheusApiMock';
import {
  failure,
  instant,
  source,
  TIME,
  TOKEN,
} from './__testUtils__/sourceFixture';
import { PrometheusMetricSource } from './PrometheusMetricSource';

const prometheus = setupPrometheusMock();

describe('PrometheusMetricSource requests', () => {
  it('posts an instant query as a form under the path prefix, with the configured headers', async () => {
    prometheus.answer('query', () => success('vector', []));

    await instant('sum(rate(http_requests_total[5m]))');

    expect(prometheus.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/prometheus/api/v1/query',
        form: {
          query: 'sum(rate(http_requests_total[5m]))',
          time: '1700000000.000',
          timeout: '10',
        },
      }),
    ]);
    expect(prometheus.requests[0].headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      'x-scope-orgid': 'prod',
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    });
  });

  it('posts a range query with start, end and step', async () => {
    prometheus.answer('query_range', () => success('matrix', []));

    await source.queryRange({
      environment: 'prod',
      query: 'up',
      start: new Date('2023-11-14T22:03:20.250Z'),
      end: TIME,
      stepSeconds: 60,
    });

    expect(prometheus.requests[0]).toMatchObject({
      method: 'POST',
      path: '/prometheus/api/v1/query_range',
      form: {
        query: 'up',
        start: '1699999400.250',
        end: '1700000000.000',
        step: '60',
        timeout: '10',
      },
    });
  });

  it('sends a long batched query intact in the body', async () => {
    prometheus.answer('query', () => success('vector', []));
    const query = Array.from(
      { length: 300 },
      (_, i) =>
        `label_replace(sum(rate(http_requests_total{service="svc-${i}",code=~"5.."}[30d])), "q", "${i}", "", "")`,
    ).join(' or ');
    expect(query.length).toBeGreaterThan(30_000);

    await instant(query);

    expect(prometheus.requests[0].form.query).toBe(query);
  });

  it('keeps the form content type even if a header says otherwise', async () => {
    prometheus.answer('query', () => success('vector', []));
    const custom = new PrometheusMetricSource({
      environments: {
        prod: {
          baseUrl: PROMETHEUS_URL,
          headers: { 'Content-Type': 'text/plain' },
        },
      },
    });

    await custom.queryInstant({ environment: 'prod', query: 'up', time: TIME });

    expect(prometheus.requests[0].headers['content-type']).toBe(
      'application/x-www-form-urlencoded',
    );
  });

  it('checks dates and step before sending anything', async () => {
    const invalid = new Date('not a date');
    const errors = await Promise.all([
      failure(
        source.queryInstant({
          environment: 'prod',
          query: 'up',
          time: invalid,
        }),
      ),
      failure(
        source.queryRange({
          environment: 'prod',
          query: 'up',
          start: TIME,
          end: new Date(TIME.getTime() - 1000),
          stepSeconds: 60,
        }),
      ),
      failure(
        source.queryRange({
          environment: 'prod',
          query: 'up',
          start: TIME,
          end: TIME,
          stepSeconds: 0,
        }),
      ),
    ]);

    expect(errors.map(e => [e.kind, e.message])).toEqual([
      [
        'query',
        'Invalid query for Prometheus for prod: the evaluation time is not a valid date',
      ],
      [
        'query',
        'Invalid query for Prometheus for prod: the range starts after it ends',
      ],
      [
        'query',
        'Invalid query for Prometheus for prod: the step must be a positive number',
      ],
    ]);
    expect(prometheus.requests).toEqual([]);
  });
});

describe('PrometheusMetricSource results', () => {
  it('reads a vector into labelled samples', async () => {
    prometheus.answer('query', () =>
      success('vector', [
        { metric: { service: 'svc-a', q: '0' }, value: [1700000000, '0.999'] },
        { metric: {}, value: [1700000000, '12'] },
      ]),
    );

    expect(await instant('x')).toEqual([
      { labels: { service: 'svc-a', q: '0' }, value: 0.999 },
      { labels: {}, value: 12 },
    ]);
  });

  it('reads a scalar as one sample without labels', async () => {
    prometheus.answer('query', () => success('scalar', [1700000000, '3']));

    expect(await instant('scalar(x)')).toEqual([{ labels: {}, value: 3 }]);
  });

  it('reads NaN, +Inf and -Inf, and exponents', async () => {
    prometheus.answer('query', () =>
      success(
        'vector',
        ['NaN', '+Inf', '-Inf', '1e-7', '-0.5'].map((value, i) => ({
          metric: { i: String(i) },
          value: [1700000000, value],
        })),
      ),
    );

    const values = (await instant('x')).map(sample => sample.value);

    expect(values).toEqual([NaN, Infinity, -Infinity, 1e-7, -0.5]);
  });

  it('reads a matrix into series with millisecond timestamps', async () => {
    prometheus.answer('query_range', () =>
      success('matrix', [
        {
          metric: { service: 'svc-a' },
          values: [
            [1700000000, '1'],
            [1700000060.5, 'NaN'],
            [1700000120, '+Inf'],
          ],
        },
      ]),
    );

    const series = await source.queryRange({
      environment: 'prod',
      query: 'x',
      start: TIME,
      end: new Date(TIME.getTime() + 120_000),
      stepSeconds: 60,
    });

    expect(series).toEqual([
      {
        labels: { service: 'svc-a' },
        points: [
          { t: 1700000000000, value: 1 },
          { t: 1700000060500, value: NaN },
          { t: 1700000120000, value: Infinity },
        ],
      },
    ]);
  });

  it('says what to change when an instant query returns a range vector or a string', async () => {
    prometheus.answer('query', () =>
      success('matrix', [{ metric: {}, values: [[1700000000, '1']] }]),
    );
    const matrix = await failure(instant('up[5m]'));
    prometheus.answer('query', () => success('string', [1700000000, 'hi']));
    const string = await failure(instant('"hi"'));

    expect(matrix.kind).toBe('query');
    expect(matrix.message).toBe(
      'Prometheus for prod: the query returns a range vector (matrix), but an instant vector or scalar is needed here; remove the range selector or wrap it in a function such as rate()',
    );
    expect(string.kind).toBe('query');
    expect(string.message).toMatch(
      /^Prometheus for prod: the query returns a string/,
    );
  });

  it('refuses native histogram samples as a query problem', async () => {
    prometheus.answer('query', () =>
      success('vector', [
        { metric: {}, histogram: [1700000000, { count: '1', sum: '2' }] },
      ]),
    );

    const error = await failure(instant('http_request_duration_seconds'));

    expect(error.kind).toBe('query');
    expect(error.message).toMatch(/native histogram samples/);
  });

  it.each([
    [
      'a value that is not a number',
      success('vector', [{ metric: {}, value: [1, 'abc'] }]),
      'the sample value "abc" is not a number',
    ],
    [
      'an empty value',
      success('vector', [{ metric: {}, value: [1, ''] }]),
      'the sample value "" is not a number',
    ],
    [
      'a numeric label',
      success('vector', [{ metric: { a: 1 }, value: [1, '1'] }]),
      'the label a is not a string',
    ],
    [
      'a pair without timestamp',
      success('scalar', ['1']),
      'a sample is not a [timestamp, value] pair',
    ],
    [
      'an unknown result type',
      success('histogram', []),
      'unknown result type "histogram"',
    ],
  ])('reports %s as a malformed response', async (_, response, detail) => {
    prometheus.answer('query', () => response);

    const error = await failure(instant('x'));

    expect(error.kind).toBe('response');
    expect(error.message).toBe(
      `Prometheus for prod at ${PROMETHEUS_URL} answered a malformed result: ${detail}`,
    );
  });
});

describe('PrometheusMetricSource configuration', () => {
  it('lists its environments in configuration order', () => {
    expect(source.type).toBe('prometheus');
    expect(source.environments()).toEqual(['prod', 'dev']);
  });

  it('links to the graph page of the public URL', () => {
    expect(
      source.explorerUrl('prod', 'sum(rate(x{a="b c"}[5m])) / 2 + 1'),
    ).toBe(
      'https://prometheus.example/graph?g0.expr=sum(rate(x%7Ba%3D%22b%20c%22%7D%5B5m%5D))%20%2F%202%20%2B%201&g0.tab=0',
    );
    expect(source.explorerUrl('dev', 'up')).toBeUndefined();
    expect(source.explorerUrl('qa', 'up')).toBeUndefined();
  });

  it('refuses invalid options, naming the option', () => {
    expect(() => new PrometheusMetricSource({ environments: {} })).toThrow(
      'Invalid Prometheus metric source options: environments: must name at least one environment',
    );
    expect(
      () =>
        new PrometheusMetricSource({
          environments: { prod: { baseUrl: 'prometheus:9090' } },
          timeoutMs: 0,
        }),
    ).toThrow(
      'Invalid Prometheus metric source options: environments.prod.baseUrl: must be an http or https URL; timeoutMs: must be positive',
    );
  });
});
