import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy in front of a test server, keeping `METHOD /path?query` of each request. */
export interface RecordingProxy {
  url: string;
  /** What reached the target, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Headers that describe one hop, not the request. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length']);

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Forwards every request to `target` and records it: the dev stack's
 * simulators keep no log of what they were asked, and a test of a guard
 * must show that a refused request reached nothing.
 */
export async function startRecordingProxy(
  target: string,
): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    try {
      const body = await readBody(req);
      const headers = Object.entries(req.headers).flatMap(([name, value]) =>
        HOP_HEADERS.has(name) || value === undefined
          ? []
          : [[name, String(value)] as [string, string]],
      );
      const answer = await fetch(`${target}${req.url}`, {
        method: req.method,
        headers,
        body: body.length > 0 ? body : undefined,
      });
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'text/plain',
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`recording proxy: ${(error as Error).message}`);
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
