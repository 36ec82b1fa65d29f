import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubernetesApiClient } from './KubernetesApiClient';
import { KubernetesRequestError } from './KubernetesRequestError';

// The first request loads the Kubernetes client (on first use): seconds
// when the test command's workers share two cores.
jest.setTimeout(30_000);

const TOKEN = 'hostile-server-test-token-123456';

/** An API server that misbehaves in the ways `answer` chooses. */
function hostileServer(
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
) {
  let server: http.Server;
  const seen: Array<{ url?: string; authorization?: string }> = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization });
      answer(req, res);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));
  const client = (
    options: Partial<ConstructorParameters<typeof KubernetesApiClient>[1]> = {},
  ) =>
    new KubernetesApiClient(
      {
        name: 'hostile',
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/root`,
        authProvider: 'serviceAccount',
        serviceAccountToken: TOKEN,
        skipTLSVerify: true,
      },
      // Generous for a busy CI machine; the timeout test sets a short one.
      { timeoutMs: 10_000, ...options },
    );
  return { client, seen };
}

async function failure(
  promise: Promise<unknown>,
): Promise<KubernetesRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KubernetesRequestError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('KubernetesApiClient against a hostile API server', () => {
  const server = hostileServer((req, res) => {
    const path = req.url!.split('?')[0];
    if (path === '/root/huge') {
      res.write('{"items":[');
      const chunk = `${'"x",'.repeat(1024)}`;
      for (let i = 0; i < 300; i++) res.write(chunk);
      res.end('"x"]}');
    } else if (path === '/root/html') {
      res.setHeader('content-type', 'text/html');
      res.end('<html>login</html>');
    } else if (path === '/root/forbidden') {
      res.statusCode = 403;
      res.end(
        JSON.stringify({
          kind: 'Status',
          message:
            'nodes is forbidden: User "compliance" cannot list resource "nodes"',
        }),
      );
    } else if (path === '/root/endless') {
      res.end(JSON.stringify({ items: [1], metadata: { continue: 'again' } }));
    } else if (path === '/root/not-a-list') {
      res.end(JSON.stringify({ items: 'nope' }));
    } else if (path === '/root/slow') {
      setTimeout(() => res.end('{}'), 3000);
    } else if (path === '/root/paged') {
      const page = new URL(req.url!, 'http://x').searchParams.get('continue');
      res.end(
        JSON.stringify(
          page
            ? { items: [3] }
            : { items: [1, 2], metadata: { continue: 'p2' } },
        ),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });

  it('sends the token to the cluster and pages with limit and continue', async () => {
    expect(await server.client({ pageSize: 2 }).list('/paged')).toEqual([
      1, 2, 3,
    ]);
    expect(server.seen.slice(-2)).toEqual([
      { url: '/root/paged?limit=2', authorization: `Bearer ${TOKEN}` },
      {
        url: '/root/paged?limit=2&continue=p2',
        authorization: `Bearer ${TOKEN}`,
      },
    ]);
    expect(await server.client().get('/missing')).toBeUndefined();
  });

  it.each([
    [
      '/huge',
      'too-large',
      'GET /huge on hostile: the answer is larger than 65536 bytes',
    ],
    ['/html', 'malformed', 'GET /html on hostile: the answer is not JSON'],
    [
      '/forbidden',
      'forbidden',
      'GET /forbidden on hostile: HTTP 403: nodes is forbidden: User "compliance" cannot list resource "nodes"',
    ],
  ])('refuses %s', async (path, kind, message) => {
    const error = await failure(
      server.client({ maxResponseBytes: 65536 }).get(path),
    );
    expect({ kind: error.kind, message: error.message }).toEqual({
      kind,
      message,
    });
    expect(error.message).not.toContain(TOKEN);
  });

  it('gives up on an answer that does not come within the timeout', async () => {
    const error = await failure(
      server.client({ timeoutMs: 1000 }).get('/slow'),
    );
    expect({ kind: error.kind, message: error.message }).toEqual({
      kind: 'timeout',
      message: 'GET /slow on hostile: no answer within 1000 ms',
    });
    expect(error.message).not.toContain(TOKEN);
  });

  it('stops endless and malformed lists', async () => {
    expect(
      (await failure(server.client({ maxPages: 5 }).list('/endless'))).message,
    ).toBe('GET /endless on hostile: the list has more than 5 pages of 500');
    expect((await failure(server.client().list('/not-a-list'))).kind).toBe(
      'malformed',
    );
  });

  it('stops when the run is cancelled', async () => {
    const run = new AbortController();
    const pending = server
      .client({ timeoutMs: 10_000 })
      .get('/slow', run.signal);
    run.abort();
    expect((await failure(pending)).message).toBe(
      'GET /slow on hostile: the evaluation run was cancelled',
    );
  });

  it('refuses plain http unless skipTLSVerify says the cluster speaks it', async () => {
    const client = new KubernetesApiClient(
      {
        name: 'plain',
        url: 'http://127.0.0.1:1',
        authProvider: 'serviceAccount',
        serviceAccountToken: TOKEN,
        skipTLSVerify: false,
      },
      { timeoutMs: 1000 },
    );
    expect((await failure(client.get('/api'))).message).toBe(
      'GET / on plain: HTTP protocol is not allowed when skipTLSVerify is not set or false',
    );
  });

  it('reads the pod token of a serviceAccount cluster without one, and says when there is none', async () => {
    const client = new KubernetesApiClient(
      {
        name: 'pod',
        url: 'http://127.0.0.1:1',
        authProvider: 'serviceAccount',
        skipTLSVerify: true,
      },
      { timeoutMs: 1000, tokenFile: '/nonexistent/token' },
    );
    expect((await failure(client.get('/api'))).message).toBe(
      'pod has no serviceAccountToken and the backend runs without a service account token of its own',
    );
  });
});
