import autocannon from 'autocannon';

/** One route of the mix and its share of the rate. */
export interface LoadRoute {
  name: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  /** Requests per second sent to this route. */
  rate: number;
}

/** What one route got: counts and latency percentiles in milliseconds. */
export interface RouteLoadResult {
  route: string;
  path: string;
  rate: number;
  requests: number;
  ok: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadOptions {
  baseUrl: string;
  token: string;
  routes: LoadRoute[];
  durationSeconds: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) {
    return NaN;
  }
  const index = Math.min(
    sorted.length - 1,
    Math.ceil(fraction * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)];
}

function loadRoute(
  options: LoadOptions,
  route: LoadRoute,
): Promise<RouteLoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${options.baseUrl}${route.path}`,
        method: route.method ?? 'GET',
        headers: {
          authorization: `Bearer ${options.token}`,
          ...(route.body ? { 'content-type': 'application/json' } : {}),
        },
        body: route.body ? JSON.stringify(route.body) : undefined,
        // One request per second on each of `rate` connections: an answer
        // may take up to a second before the route falls behind its rate
        // (autocannon rounds a shared overall rate down per connection).
        connections: route.rate,
        connectionRate: 1,
        duration: options.durationSeconds,
        timeout: 10,
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        resolve({
          route: route.name,
          path: route.path,
          rate: route.rate,
          requests: result.requests.total,
          ok: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          statuses,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          max: latencies[latencies.length - 1] ?? NaN,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

/** One autocannon per route, all at once, each at its share of the rate. */
export function runRouteLoad(options: LoadOptions): Promise<RouteLoadResult[]> {
  return Promise.all(options.routes.map(route => loadRoute(options, route)));
}

/** The per-route table as text, for the test log. */
export function formatLoadTable(results: RouteLoadResult[]): string {
  const header = [
    'route',
    'rate/s',
    'requests',
    '2xx',
    'non-2xx',
    'errors',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
  ];
  const rows = results.map(r => [
    r.route,
    String(r.rate),
    String(r.requests),
    String(r.ok),
    String(r.non2xx),
    String(r.errors),
    ...[r.p50, r.p95, r.p99, r.max].map(ms => ms.toFixed(1)),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(row => row[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
