import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { z } from 'zod';
import { startHostileServer } from '../__testUtils__/hostileServers';
import { SourceError } from './httpGet';
import { PluginApiClient } from './PluginApiClient';

describe('PluginApiClient', () => {
  let server: Awaited<ReturnType<typeof startHostileServer>>;
  beforeAll(async () => {
    server = await startHostileServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server.state.requests = [];
  });

  const targets: string[] = [];
  const discovery = {
    getBaseUrl: async (pluginId: string) => `${server.url}/api/${pluginId}`,
  } as unknown as DiscoveryService;
  const auth = (token: () => string) =>
    ({
      getOwnServiceCredentials: async () => ({
        principal: { type: 'service' },
      }),
      getPluginRequestToken: async ({
        targetPluginId,
      }: {
        targetPluginId: string;
      }) => {
        targets.push(targetPluginId);
        return { token: token() };
      },
    } as unknown as AuthService);
  const client = (token: () => string) =>
    new PluginApiClient({
      pluginId: 'slo',
      discovery,
      auth: auth(token),
      timeoutMs: 5000,
      maxBytes: 1024,
    });
  const signal = new AbortController().signal;

  it("reads the plugin's route with a token made for that plugin", async () => {
    server.state.answer = (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"items":[1,2],"extra":true}');
    };
    const answer = await client(() => 'service-token').getJson(
      '/overview?x=1',
      z.object({ items: z.array(z.number()) }),
      signal,
    );
    expect(answer).toEqual({
      url: `${server.url}/api/slo/overview?x=1`,
      body: { items: [1, 2] },
    });
    expect(targets).toContain('slo');
    expect(server.state.requests).toEqual([
      expect.objectContaining({
        url: '/api/slo/overview?x=1',
        headers: expect.objectContaining({
          authorization: 'Bearer service-token',
          accept: 'application/json',
        }),
      }),
    ]);
  });

  it('asks for the media type given when reading text', async () => {
    server.state.answer = (_req, res) => {
      res.writeHead(200).end('kind: SLO');
    };
    const answer = await client(() => 't').getText(
      '/slo.yaml',
      signal,
      'application/yaml',
    );
    expect(answer.text).toBe('kind: SLO');
    expect(server.state.requests[0].headers.accept).toBe('application/yaml');
  });

  it('reports a token it cannot get without reading the plugin', async () => {
    const error = await client(() => {
      throw new Error('no credentials\nfor slo');
    })
      .getJson('/overview', z.unknown(), signal)
      .catch(e => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toBe(
      'Could not get a token for the slo plugin: no credentials for slo',
    );
    expect(server.state.requests).toEqual([]);
  });

  it('never repeats the token in an error', async () => {
    server.state.answer = (_req, res) => {
      res.writeHead(403).end('{"error":{"message":"not for you"}}');
    };
    const error = await client(() => 'secret-token')
      .getJson('/overview', z.unknown(), signal)
      .catch(e => e);
    expect(error.message).toBe(
      `GET ${server.url}/api/slo/overview answered 403 Forbidden: not for you`,
    );
    expect(error.status).toBe(403);
    expect(error.message).not.toContain('secret-token');
  });
});
