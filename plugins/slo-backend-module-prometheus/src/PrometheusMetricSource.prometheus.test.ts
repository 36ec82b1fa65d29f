import { RunningPrometheus, startPrometheus } from '@localplus/server-kit';
import { failureOf } from './__testUtils__/failureOf';
import { PrometheusMetricSource } from './PrometheusMetricSource';

// Against the real Prometheus binary, served under a path prefix as behind a
// gateway; the queries need no stored data.

jest.setTimeout(60_000);

describe('PrometheusMetricSource against a real Prometheus', () => {
  let prometheus: RunningPrometheus;
  let source: PrometheusMetricSource;

  beforeAll(async () => {
    prometheus = await startPrometheus({ routePrefix: '/prometheus' });
    source = new PrometheusMetricSource({
      environments: { local: { baseUrl: prometheus.url } },
    });
  });

  afterAll(async () => {
    await prometheus?.stop();
  });

  const instant = (query: string) =>
    source.queryInstant({ environment: 'local', query, time: new Date() });

  it('evaluates an instant vector', async () => {
    expect(await instant('vector(1) + 1')).toEqual([{ labels: {}, value: 2 }]);
  });

  it('evaluates a scalar', async () => {
    expect(await instant('scalar(vector(3))')).toEqual([
      { labels: {}, value: 3 },
    ]);
  });

  it('reads NaN and infinities as Prometheus computes them', async () => {
    const samples = await instant(
      'label_replace(vector(0) / 0, "v", "nan", "", "") or label_replace(vector(1) / 0, "v", "inf", "", "") or label_replace(vector(-1) / 0, "v", "-inf", "", "")',
    );

    expect(Object.fromEntries(samples.map(s => [s.labels.v, s.value]))).toEqual(
      { nan: NaN, inf: Infinity, '-inf': -Infinity },
    );
  });

  it('evaluates a range query at every step', async () => {
    const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const start = new Date(end.getTime() - 10 * 60_000);

    const series = await source.queryRange({
      environment: 'local',
      query: 'vector(5)',
      start,
      end,
      stepSeconds: 60,
    });

    expect(series).toHaveLength(1);
    expect(series[0].points).toHaveLength(11);
    expect(series[0].points[0]).toEqual({ t: start.getTime(), value: 5 });
    expect(series[0].points[10]).toEqual({ t: end.getTime(), value: 5 });
  });

  it("reports a syntax error with Prometheus' own message", async () => {
    const error = await failureOf(instant('sum('));

    expect(error.kind).toBe('query');
    expect(error.message).toBe(
      'Prometheus for local rejected the query: invalid parameter "query": 1:5: parse error: unclosed left parenthesis',
    );
  });

  it('reports a base URL without the path prefix as a response error', async () => {
    const withoutPrefix = prometheus.url.replace(/\/prometheus$/, '');
    const wrong = new PrometheusMetricSource({
      environments: { local: { baseUrl: withoutPrefix } },
    });

    const error = await failureOf(
      wrong.queryInstant({
        environment: 'local',
        query: 'up',
        time: new Date(),
      }),
    );

    expect(error.kind).toBe('response');
    expect(error.message).toMatch(/answered HTTP 404; check that baseUrl/);
  });
});
