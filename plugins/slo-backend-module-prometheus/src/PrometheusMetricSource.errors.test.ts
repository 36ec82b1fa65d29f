import { HttpResponse } from 'msw';
import {
  PROMETHEUS_URL,
  prometheusError,
  setupPrometheusMock,
} from './__testUtils__/prometheusApiMock';
import { failure, instant, TIME, TOKEN } from './__testUtils__/sourceFixture';
import { PrometheusMetricSource } from './PrometheusMetricSource';

const prometheus = setupPrometheusMock();

describe('PrometheusMetricSource errors', () => {
  it("reports a PromQL error with Prometheus' own message", async () => {
    prometheus.answer('query', () =>
      prometheusError(
        400,
        'bad_data',
        'invalid parameter "query": 1:5: parse error: unclosed left parenthesis',
      ),
    );

    const error = await failure(instant('sum('));

    expect(error).toMatchObject({
      name: 'MetricSourceError',
      kind: 'query',
      environment: 'prod',
      message:
        'Prometheus for prod rejected the query: invalid parameter "query": 1:5: parse error: unclosed left parenthesis',
    });
  });

  it('reports an execution error (422) as a query error', async () => {
    prometheus.answer('query', () =>
      prometheusError(
        422,
        'execution',
        'found duplicate series for the match group',
      ),
    );

    const error = await failure(instant('a * on(x) b'));

    expect(error.kind).toBe('query');
    expect(error.message).toMatch(/found duplicate series/);
  });

  it.each([401, 403])(
    'reports HTTP %i as refused credentials without echoing them',
    async status => {
      prometheus.answer(
        'query',
        () => new HttpResponse(`token Bearer ${TOKEN} rejected`, { status }),
      );

      const error = await failure(instant('up'));

      expect(error.kind).toBe('auth');
      expect(error.message).toBe(
        `Prometheus for prod at ${PROMETHEUS_URL} refused the request (HTTP ${status}); the credentials configured for prod are missing, wrong or lack access`,
      );
    },
  );

  it('hides the token when an upstream error echoes it', async () => {
    prometheus.answer('query', () =>
      prometheusError(400, 'bad_data', `unexpected header Bearer ${TOKEN}`),
    );
    const whole = await failure(instant('up'));
    prometheus.answer('query', () =>
      prometheusError(500, 'internal', `token ${TOKEN} expired`),
    );
    const fragment = await failure(instant('up'));

    expect(whole.message).toBe(
      'Prometheus for prod rejected the query: unexpected header [redacted]',
    );
    expect(fragment.message).toMatch(/token \[redacted\] expired$/);
  });

  it.each([
    [
      'a Prometheus internal error',
      () => prometheusError(500, 'internal', 'opening storage failed'),
      'answered HTTP 500: opening storage failed',
    ],
    [
      'a gateway error page',
      () =>
        new HttpResponse('<html>Bad Gateway</html>', {
          status: 502,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
      'answered HTTP 502 with a body that is not Prometheus JSON (text/html); a proxy or login page may be in the way',
    ],
    [
      'a login page answered with 200',
      () =>
        new HttpResponse('<html>Sign in</html>', {
          headers: { 'content-type': 'text/html' },
        }),
      'answered HTTP 200 with a body that is not Prometheus JSON (text/html); a proxy or login page may be in the way',
    ],
    [
      'JSON that is not a query response',
      () => HttpResponse.json({ hello: 'world' }),
      'answered HTTP 200 with a body that is not Prometheus JSON (application/json); a proxy or login page may be in the way',
    ],
    [
      'a 400 that is not from Prometheus',
      () => new HttpResponse('Bad Request', { status: 400 }),
      'answered HTTP 400 with a body that is not Prometheus JSON (text/plain); a proxy or login page may be in the way',
    ],
    [
      'a wrong path prefix',
      () => new HttpResponse('404 page not found', { status: 404 }),
      'answered HTTP 404; check that baseUrl includes any path prefix Prometheus is served under',
    ],
  ])('reports %s as a response error', async (_, respond, detail) => {
    prometheus.answer('query', respond);

    const error = await failure(instant('up'));

    expect(error.kind).toBe('response');
    expect(error.message).toBe(
      `Prometheus for prod at ${PROMETHEUS_URL} ${detail}`,
    );
  });

  it("reports Prometheus' own evaluation timeout as a timeout", async () => {
    prometheus.answer('query', () =>
      prometheusError(
        503,
        'timeout',
        'query timed out in expression evaluation',
      ),
    );

    const error = await failure(instant('up'));

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `Prometheus for prod at ${PROMETHEUS_URL} gave up evaluating the query: query timed out in expression evaluation`,
    );
  });

  it('does not follow a redirect, which would resend the headers elsewhere', async () => {
    prometheus.answer(
      'query',
      () =>
        new HttpResponse(null, {
          status: 302,
          headers: {
            location: 'https://sso.example/login?state=abc&token=xyz',
          },
        }),
    );

    const error = await failure(instant('up'));

    expect(error.kind).toBe('response');
    expect(error.message).toBe(
      `Prometheus for prod at ${PROMETHEUS_URL} answered with a redirect (HTTP 302 to https://sso.example/login); set baseUrl to the address the API answers at`,
    );
    expect(prometheus.requests).toHaveLength(1);
  });

  it('names the configured environments for an unknown one, without a request', async () => {
    const error = await failure(instant('up', 'qa'));

    expect(error).toMatchObject({
      kind: 'not-configured',
      environment: 'qa',
      message:
        "No Prometheus is configured for environment 'qa' (configured: prod, dev; see slo.prometheus.environments)",
    });
    expect(prometheus.requests).toEqual([]);
  });

  it('refuses a body larger than the limit it declares', async () => {
    const small = new PrometheusMetricSource({
      environments: { prod: { baseUrl: PROMETHEUS_URL } },
      maxResponseBytes: 1024,
    });
    const body = JSON.stringify({
      status: 'success',
      data: { resultType: 'vector', result: [], padding: 'x'.repeat(4096) },
    });
    prometheus.answer(
      'query',
      () =>
        new HttpResponse(body, {
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
          },
        }),
    );

    const error = await failure(
      small.queryInstant({ environment: 'prod', query: 'up', time: TIME }),
    );

    expect(error.kind).toBe('response');
    expect(error.message).toBe(
      `Prometheus for prod at ${PROMETHEUS_URL} answered more than 1 KiB; narrow the query (fewer series or a larger step)`,
    );
  });
});
