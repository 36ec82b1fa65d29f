import { mockServices } from '@backstage/backend-test-utils';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessApiClient } from './AccessApiClient';

type Answer = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * A stand-in Access backend for answers the real one never gives (bodies
 * that are not JSON or not its shape, silence): the real one is tested in
 * AccessCollector.test.ts.
 */
async function serve(
  answer: Answer,
  options: { maxBytes?: number; timeoutMs?: number } = {},
) {
  const server = http.createServer(answer);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new AccessApiClient({
    auth: mockServices.auth({ pluginId: 'compliance' }),
    discovery: {
      getBaseUrl: async () => `http://127.0.0.1:${port}/api/access`,
      getExternalBaseUrl: async () => `http://127.0.0.1:${port}/api/access`,
    },
    // Long enough for a busy CI machine; the silence test sets a short one.
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes,
  });
  return {
    client,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const signal = () => new AbortController().signal;

describe('AccessApiClient', () => {
  it('asks with a service token for the access plugin', async () => {
    let authorization: string | undefined;
    const { client, close } = await serve((req, res) => {
      authorization = req.headers.authorization;
      res.setHeader('content-type', 'application/json');
      res.end('[]');
    });
    try {
      expect(await client.roles(signal())).toEqual([]);
      expect(authorization).toMatch(/^Bearer mock-service-token:/);
      expect(authorization).toContain('"target":"access"');
    } finally {
      await close();
    }
  });

  it('refuses an answer that is not JSON, or not the shape of the Access API', async () => {
    const notJson = await serve((_req, res) =>
      res.end('<html>proxy error</html>'),
    );
    try {
      await expect(notJson.client.roles(signal())).rejects.toThrow(
        /^GET http:\/\/127\.0\.0\.1:\d+\/api\/access\/roles did not answer JSON$/,
      );
    } finally {
      await notJson.close();
    }
    const wrongShape = await serve((_req, res) =>
      res.end(
        JSON.stringify([
          { id: 'overlord', title: 'x', groups: [], members: [] },
        ]),
      ),
    );
    try {
      await expect(wrongShape.client.roles(signal())).rejects.toThrow(
        /^GET http:\/\/127\.0\.0\.1:\d+\/api\/access\/roles answered something unexpected at 0\.id: /,
      );
    } finally {
      await wrongShape.close();
    }
  });

  it('names the status of a refusal, and a silence as a timeout', async () => {
    const refusing = await serve((_req, res) => {
      res.statusCode = 403;
      res.end('{"error":{"name":"NotAllowedError"}}');
    });
    try {
      await expect(refusing.client.matrix(signal())).rejects.toMatchObject({
        message: expect.stringMatching(
          /^GET http:\/\/127\.0\.0\.1:\d+\/api\/access\/matrix answered 403 Forbidden/,
        ),
        status: 403,
      });
    } finally {
      await refusing.close();
    }
    const silent = await serve(() => {}, { timeoutMs: 200 });
    try {
      await expect(
        silent.client.auditPage(
          { before: '2026-12-05T00:00:00.000Z', limit: 1 },
          signal(),
        ),
      ).rejects.toThrow(
        /\/api\/access\/audit\?before=.* had no answer within 0\.2 s$/,
      );
    } finally {
      await silent.close();
    }
  });

  it('stops reading an answer past its size limit', async () => {
    const { client, close } = await serve(
      (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(`[${'{"id":"x"},'.repeat(200)}{"id":"x"}]`);
      },
      { maxBytes: 1024 },
    );
    try {
      await expect(client.roles(signal())).rejects.toThrow(
        /\/api\/access\/roles answered more than 1024 bytes$/,
      );
    } finally {
      await close();
    }
  });

  it('reports a backend that cannot be reached', async () => {
    const { client, close } = await serve(() => {});
    await close();
    await expect(client.roles(signal())).rejects.toThrow(
      /^GET http:\/\/127\.0\.0\.1:\d+\/api\/access\/roles failed: ECONNREFUSED$/,
    );
  });
});
