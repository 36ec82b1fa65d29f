/*
 * A route under concurrent clients, with autocannon: latency percentiles,
 * throughput and the answers that were not 2xx.
 */
import autocannon from 'autocannon';

export interface RouteLoad {
  p50: number;
  p97_5: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export async function loadRoute(options: {
  url: string;
  token: string;
  connections: number;
  seconds: number;
}): Promise<RouteLoad> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: { authorization: `Bearer ${options.token}` },
  });
  return {
    p50: result.latency.p50,
    // autocannon reports p97.5 rather than p95.
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A guest's token: both backends run guest sign-in in development. */
export async function guestToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  const body = (await res.json()) as {
    backstageIdentity?: { token?: string };
  };
  const token = body.backstageIdentity?.token;
  if (!res.ok || !token) {
    throw new Error(`guest sign-in: ${res.status} ${JSON.stringify(body)}`);
  }
  return token;
}
