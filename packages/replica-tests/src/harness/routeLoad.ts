import http from 'node:http';
import { performance } from 'node:perf_hooks';

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
  /** Requests the schedule called for: rate x duration. */
  offered: number;
  /** Requests sent (all of them unless the run was cut short). */
  requests: number;
  ok: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  /** First few error messages, for the log. */
  errorSamples: string[];
  /**
   * Latency from each request's scheduled send time to the end of its
   * answer: a request the generator sent late counts its lateness too.
   */
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The whole run: per route, and how well the generator kept its schedule. */
export interface LoadRunResult {
  routes: RouteLoadResult[];
  /** Requests scheduled, sent and answered 2xx across routes. */
  offered: number;
  sent: number;
  ok: number;
  /** Seconds from the first scheduled send to the last answer. */
  elapsedSeconds: number;
  /** The most any request went out after its scheduled time, in ms. */
  maxSendLagMs: number;
  /** Most requests waiting for an answer at once. */
  maxInFlight: number;
}

export interface LoadOptions {
  baseUrl: string;
  token: string;
  routes: LoadRoute[];
  durationSeconds: number;
  /** A request unanswered after this long is an error (default 10 s). */
  timeoutMs?: number;
}

/** How often the generator wakes to send what is due. */
const TICK_MS = 2;

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) {
    return NaN;
  }
  const index = Math.min(
    sorted.length - 1,
    Math.ceil(fraction * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)];
}

interface Sample {
  status?: number;
  error?: string;
  latencyMs: number;
}

interface ScheduledRequest {
  route: number;
  at: number;
}

/**
 * Every request of the run at its send time, offset from the start: route r
 * sends its i-th request at (i + phase_r) / rate_r seconds, the phases
 * spreading the routes' first requests over their first interval.
 */
export function loadSchedule(
  routes: Pick<LoadRoute, 'rate'>[],
  durationSeconds: number,
): ScheduledRequest[] {
  const schedule: ScheduledRequest[] = [];
  routes.forEach((route, r) => {
    if (!(route.rate > 0)) {
      throw new Error(`route ${r} has no positive rate`);
    }
    const interval = 1000 / route.rate;
    const phase = (r / routes.length) * interval;
    const count = Math.round(route.rate * durationSeconds);
    for (let i = 0; i < count; i++) {
      schedule.push({ route: r, at: phase + i * interval });
    }
  });
  return schedule.sort((x, y) => x.at - y.at);
}

function send(
  agent: http.Agent,
  options: LoadOptions,
  route: LoadRoute,
  body: string | undefined,
): Promise<{ status?: number; error?: string }> {
  return new Promise(resolve => {
    const request = http.request(
      `${options.baseUrl}${route.path}`,
      {
        agent,
        method: route.method ?? 'GET',
        headers: {
          authorization: `Bearer ${options.token}`,
          ...(body
            ? {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(body),
              }
            : {}),
        },
        timeout: options.timeoutMs ?? 10_000,
      },
      response => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode }));
        response.on('error', error => resolve({ error: String(error) }));
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error('no answer before the timeout')),
    );
    request.on('error', error => resolve({ error: String(error) }));
    request.end(body);
  });
}

/**
 * An open-loop load: every route sends at its rate on a fixed schedule
 * whether or not earlier answers have come back, each request on a free
 * keep-alive connection (a new one when all are busy), so a slow answer
 * never holds the next request back and the offered rate is the rate asked
 * for. Latencies run from the scheduled time (no coordinated omission).
 */
export async function runRouteLoad(
  options: LoadOptions,
): Promise<LoadRunResult> {
  const { routes } = options;
  const schedule = loadSchedule(routes, options.durationSeconds);
  const bodies = routes.map(route =>
    route.body === undefined ? undefined : JSON.stringify(route.body),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const samples: Sample[][] = routes.map(() => []);
  const pending: Promise<void>[] = [];
  const counts = { inFlight: 0, maxInFlight: 0, maxSendLagMs: 0, sent: 0 };
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  const dispatch = ({ route, at }: ScheduledRequest, now: number) => {
    counts.sent++;
    counts.maxSendLagMs = Math.max(counts.maxSendLagMs, now - at);
    counts.inFlight++;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    pending.push(
      send(agent, options, routes[route], bodies[route]).then(outcome => {
        counts.inFlight--;
        samples[route].push({ ...outcome, latencyMs: elapsed() - at });
      }),
    );
  };

  await new Promise<void>(resolve => {
    const tick = () => {
      const now = elapsed();
      while (counts.sent < schedule.length && schedule[counts.sent].at <= now) {
        dispatch(schedule[counts.sent], now);
      }
      if (counts.sent < schedule.length) {
        setTimeout(tick, TICK_MS);
      } else {
        resolve();
      }
    };
    tick();
  });
  await Promise.all(pending);
  const elapsedSeconds = elapsed() / 1000;
  agent.destroy();

  const results = routes.map((route, r): RouteLoadResult => {
    const statuses: Record<string, number> = {};
    const errorSamples: string[] = [];
    let ok = 0;
    let non2xx = 0;
    let errors = 0;
    for (const sample of samples[r]) {
      if (sample.status === undefined) {
        errors++;
        if (errorSamples.length < 5) {
          errorSamples.push(sample.error ?? 'unknown error');
        }
        continue;
      }
      statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
      if (sample.status >= 200 && sample.status < 300) {
        ok++;
      } else {
        non2xx++;
      }
    }
    const latencies = samples[r].map(s => s.latencyMs).sort((x, y) => x - y);
    return {
      route: route.name,
      path: route.path,
      rate: route.rate,
      offered: schedule.filter(s => s.route === r).length,
      requests: samples[r].length,
      ok,
      non2xx,
      errors,
      statuses,
      errorSamples,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      max: latencies[latencies.length - 1] ?? NaN,
    };
  });
  return {
    routes: results,
    offered: schedule.length,
    sent: counts.sent,
    ok: results.reduce((sum, r) => sum + r.ok, 0),
    elapsedSeconds,
    maxSendLagMs: counts.maxSendLagMs,
    maxInFlight: counts.maxInFlight,
  };
}
