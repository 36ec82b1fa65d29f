import { isMetricSourceError } from '@localplus/plugin-slo-node';
import { findFreePort } from '@localplus/server-kit';
import { failureOf } from './__testUtils__/failureOf';
import {
  LocalServer,
  startHttpServer,
  startSilentServer,
} from './__testUtils__/localServers';
import { PrometheusMetricSource } from './PrometheusMetricSource';

// Real sockets, no msw: what fetch does when nothing answers, or answers
// too slowly or too much.

const TOKEN = 'glsa_secretToken0123456789abcdefABCDEF';
const TIME = new Date('2023-11-14T22:13:20Z');

function sourceFor(
  baseUrl: string,
  limits: { timeoutMs?: number; maxResponseBytes?: number } = {},
) {
  return new PrometheusMetricSource({
    environments: {
      prod: { baseUrl, headers: { Authorization: `Bearer ${TOKEN}` } },
    },
    ...limits,
  });
}

function instant(source: PrometheusMetricSource, signal?: AbortSignal) {
  return source.queryInstant({
    environment: 'prod',
    query: 'up',
    time: TIME,
    signal,
  });
}

describe('PrometheusMetricSource over the network', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('reports a port with nothing listening as unreachable', async () => {
    const baseUrl = `http://127.0.0.1:${await findFreePort()}/prometheus`;

    const error = await failureOf(instant(sourceFor(baseUrl)));

    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(
      `Prometheus for prod at ${baseUrl} is unreachable (ECONNREFUSED)`,
    );
  });

  it('reports a host name that does not resolve as unreachable', async () => {
    const error = await failureOf(
      instant(sourceFor('http://prometheus.does-not-exist.invalid')),
    );

    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(
      /^Prometheus for prod at http:\/\/prometheus\.does-not-exist\.invalid is unreachable \((ENOTFOUND|EAI_AGAIN)\)$/,
    );
  }, 20_000);

  it('reports a server that never answers as a timeout', async () => {
    server = await startSilentServer();
    const started = Date.now();

    const error = await failureOf(
      instant(sourceFor(server.baseUrl, { timeoutMs: 200 })),
    );

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `Prometheus for prod at ${server.baseUrl} did not answer within 200 ms`,
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('counts the time to read the body against the timeout', async () => {
    server = await startHttpServer(res => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":"success","data":');
    });

    const error = await failureOf(
      instant(sourceFor(server.baseUrl, { timeoutMs: 1000 })),
    );

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `Prometheus for prod at ${server.baseUrl} did not answer within 1 s`,
    );
  });

  it('stops reading an endless body at the limit and closes the connection', async () => {
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const endless = await startHttpServer(res => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on('drain', pump);
      res.write(
        '{"status":"success","data":{"resultType":"vector","result":[]',
      );
      pump();
    });
    server = endless;

    const error = await failureOf(
      instant(sourceFor(endless.baseUrl, { maxResponseBytes: 1024 * 1024 })),
    );

    expect(error.kind).toBe('response');
    expect(error.message).toBe(
      `Prometheus for prod at ${endless.baseUrl} answered more than 1 MiB; narrow the query (fewer series or a larger step)`,
    );
    expect(await endless.connectionClosed).toBeLessThan(16 * 1024 * 1024);
  });

  it("passes the caller's abort through instead of reporting a failure", async () => {
    server = await startSilentServer();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    const error = await instant(
      sourceFor(server.baseUrl, { timeoutMs: 5000 }),
      controller.signal,
    ).catch(e => e);

    expect(isMetricSourceError(error)).toBe(false);
    expect(error.name).toBe('AbortError');
  });
});
