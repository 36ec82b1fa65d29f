import { listen } from '@localplus/server-kit';
import { loadSchedule, runRouteLoad } from './routeLoad';

/** A server answering after `delayMs`, counting what it got. */
async function slowServer(delayMs: number) {
  const received: { path: string; auth?: string; body: string }[] = [];
  const server = await listen(
    (req, res) => {
      let body = '';
      req.on('data', chunk => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({
          path: req.url!,
          auth: req.headers.authorization,
          body,
        });
        if (req.url === '/never') {
          return; // left unanswered: the client's timeout must fire
        }
        setTimeout(() => {
          res.statusCode = req.url === '/missing' ? 404 : 200;
          res.end('{}');
        }, delayMs);
      });
    },
    '127.0.0.1',
    0,
  );
  return { url: server.url, received, close: () => server.close() };
}

describe('loadSchedule', () => {
  it('plans rate x duration requests per route, spread over the run, in send order', () => {
    const schedule = loadSchedule([{ rate: 10 }, { rate: 4 }], 3);
    expect(schedule.filter(s => s.route === 0)).toHaveLength(30);
    expect(schedule.filter(s => s.route === 1)).toHaveLength(12);
    const times = schedule.map(s => s.at);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(Math.max(...times)).toBeLessThan(3000);
    // The second route starts half of its interval in, not together with the first.
    expect(schedule.find(s => s.route === 1)!.at).toBe(125);
  });

  it('refuses a route without a positive rate', () => {
    expect(() => loadSchedule([{ rate: 0 }], 1)).toThrow(/positive rate/);
  });
});

describe('runRouteLoad (open loop)', () => {
  it('keeps sending on schedule while answers lag, and measures from the scheduled time', async () => {
    // 40 requests/s to a route answering in 400 ms: a closed loop on one
    // connection would manage 2.5/s; the open loop sends all 80 on time.
    const server = await slowServer(400);
    try {
      const run = await runRouteLoad({
        baseUrl: server.url,
        token: 't0k3n',
        routes: [
          {
            name: 'post',
            path: '/write',
            method: 'POST',
            body: { a: 1 },
            rate: 40,
          },
        ],
        durationSeconds: 2,
      });
      expect(run.offered).toBe(80);
      expect(run.sent).toBe(80);
      expect(run.ok).toBe(80);
      expect(run.maxInFlight).toBeGreaterThanOrEqual(12);
      expect(run.maxSendLagMs).toBeLessThan(200);
      expect(run.elapsedSeconds).toBeGreaterThanOrEqual(2.3);
      expect(run.elapsedSeconds).toBeLessThan(4);
      const [route] = run.routes;
      expect(route.p50).toBeGreaterThanOrEqual(400);
      expect(route.statuses).toEqual({ 200: 80 });
      expect(server.received).toHaveLength(80);
      expect(server.received[0]).toEqual({
        path: '/write',
        auth: 'Bearer t0k3n',
        body: '{"a":1}',
      });
    } finally {
      await server.close();
    }
  });

  it('counts non-2xx answers and unanswered requests apart, per route', async () => {
    const server = await slowServer(10);
    try {
      const run = await runRouteLoad({
        baseUrl: server.url,
        token: 't',
        routes: [
          { name: 'fine', path: '/fine', rate: 5 },
          { name: 'missing', path: '/missing', rate: 5 },
          { name: 'hangs', path: '/never', rate: 2 },
        ],
        durationSeconds: 1,
        timeoutMs: 500,
      });
      const byName = Object.fromEntries(run.routes.map(r => [r.route, r]));
      expect(byName.fine).toMatchObject({ ok: 5, non2xx: 0, errors: 0 });
      expect(byName.missing).toMatchObject({
        ok: 0,
        non2xx: 5,
        errors: 0,
        statuses: { 404: 5 },
      });
      expect(byName.hangs).toMatchObject({ ok: 0, non2xx: 0, errors: 2 });
      expect(byName.hangs.errorSamples[0]).toMatch(/timeout/);
      expect(run.ok).toBe(5);
    } finally {
      await server.close();
    }
  });

  it('reports a refused connection as an error, not a hang', async () => {
    const server = await slowServer(0);
    const { url } = server;
    await server.close();
    const run = await runRouteLoad({
      baseUrl: url,
      token: 't',
      routes: [{ name: 'gone', path: '/', rate: 3 }],
      durationSeconds: 1,
    });
    expect(run.routes[0]).toMatchObject({ requests: 3, errors: 3, ok: 0 });
    expect(run.routes[0].errorSamples[0]).toMatch(/ECONNREFUSED/);
  });
});
