import type { Server } from 'node:http';
import type { DiscoveredRoute } from './discoverRoutes';
import type { SampleRequest } from './routeTable';

/** What the battery keeps of an answer. */
export interface SampleAnswer {
  status: number;
  /** The start of the body, for failure messages. */
  excerpt: string;
}

const ANSWER_TIMEOUT_MS = 15_000;

/**
 * Sends a route's sample request and reads its status. The body is read
 * only briefly: event streams (scaffolder task events) never end.
 */
export async function sendSample(
  server: Server,
  route: DiscoveredRoute,
  sample: SampleRequest,
  token: string | undefined,
): Promise<SampleAnswer> {
  const port = (server.address() as { port: number }).port;
  const method =
    sample.method ??
    (route.method === 'USE' || route.method === 'ALL' ? 'GET' : route.method);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ANSWER_TIMEOUT_MS);
  try {
    const response = await fetch(`http://localhost:${port}${sample.path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(sample.body !== undefined
          ? { 'content-type': 'application/json' }
          : {}),
        ...sample.headers,
      },
      body: sample.body !== undefined ? JSON.stringify(sample.body) : undefined,
      signal: controller.signal,
    });
    const excerpt = await readExcerpt(response);
    return { status: response.status, excerpt };
  } finally {
    clearTimeout(timer);
  }
}

async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const first = await Promise.race([
    reader.read(),
    new Promise<undefined>(resolve => setTimeout(resolve, 200)),
  ]);
  await reader.cancel().catch(() => undefined);
  const bytes = first && !first.done ? first.value : undefined;
  return bytes ? Buffer.from(bytes).toString('utf8').slice(0, 200) : '';
}
