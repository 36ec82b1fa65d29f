import { formatLoadSummary, formatLoadTable, loadFailures } from './loadReport';
import type { LoadRunResult, RouteLoadResult } from './routeLoad';

const route = (name: string, over: Partial<RouteLoadResult> = {}) => ({
  route: name,
  path: `/api/${name}`,
  rate: 10,
  offered: 600,
  requests: 600,
  ok: 600,
  non2xx: 0,
  errors: 0,
  statuses: { 200: 600 },
  errorSamples: [],
  p50: 12.3,
  p95: 100,
  p99: 250.55,
  max: 300,
  ...over,
});

const run: LoadRunResult = {
  routes: [
    route('fine'),
    route('broken', {
      ok: 590,
      non2xx: 8,
      errors: 2,
      statuses: { 200: 590, 503: 8 },
      errorSamples: ['Error: no answer before the timeout'],
    }),
  ],
  offered: 1200,
  sent: 1200,
  ok: 1190,
  elapsedSeconds: 60.04,
  maxSendLagMs: 12.6,
  maxInFlight: 33,
};

describe('the load report', () => {
  it('names only the routes with a non-2xx answer or an error', () => {
    expect(loadFailures(run)).toEqual([
      {
        route: 'broken',
        statuses: { 200: 590, 503: 8 },
        errors: 2,
        samples: ['Error: no answer before the timeout'],
      },
    ]);
  });

  it('sums the run up in two lines', () => {
    const text = formatLoadSummary(
      run,
      { settled: true, waitedSeconds: 3.2, lastShares: [0.031, 0.02] },
      20,
      60,
    );
    expect(text).toBe(
      'Replicas settled after 3 s (CPU 0.03, 0.02).\n' +
        'Load through HAProxy, 20 requests/s offered for 60 s (open loop): ' +
        '1200 sent, 1190 answered 2xx in 60.0 s, at most 33 in flight, sends at most 13 ms late',
    );
  });

  it('prints a row per route under the header', () => {
    const lines = formatLoadTable(run.routes).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^route\s+rate\/s\s+sent\s+2xx/);
    expect(lines[2]).toMatch(/^broken\s+10\s+600\s+590\s+8\s+2\s+12\.3/);
  });
});
