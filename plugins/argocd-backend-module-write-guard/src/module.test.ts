import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import argocdPlugin from '@roadiehq/backstage-plugin-argo-cd-backend';
import request from 'supertest';
import {
  ARGOCD_INSTANCE,
  ARGOCD_TOKEN,
  ARGOCD_URL,
  KNOWN_APP,
  setupArgoCdApiMock,
} from './__testUtils__/argoCdApiMock';
import { argocdModuleWriteGuard } from './module';

jest.setTimeout(60_000);

/** The one person the test policy grants argocd.application.write. */
const OPERATOR = 'user:default/operator';
/** Anyone else, the auditor say. */
const OUTSIDER = 'user:default/outsider';

/** Grants the operator everything, refuses everyone else; records each question. */
function tinyPolicyModule(asked: string[]) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'write-guard-test-policy',
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy({
            async handle(query, user) {
              asked.push(query.permission.name);
              return {
                result:
                  user?.info.userEntityRef === OPERATOR
                    ? AuthorizeResult.ALLOW
                    : AuthorizeResult.DENY,
              };
            },
          });
        },
      });
    },
  });
}

const app = `/api/argocd/argoInstance/${ARGOCD_INSTANCE}/applications/${KNOWN_APP}`;
const createBody = {
  clusterName: ARGOCD_INSTANCE,
  namespace: 'svc-new',
  projectName: 'svc-new',
  appName: 'svc-new',
  labelValue: 'svc-new',
  sourceRepo: 'https://github.com/localplus/svc-new.git',
  sourcePath: 'k8s/overlays/prod',
};

/** Every write route of the Roadie Argo CD backend 4.8, with a body it accepts. */
const WRITES: Array<{ method: string; path: string; body?: object }> = [
  { method: 'POST', path: '/api/argocd/createArgo', body: createBody },
  { method: 'PUT', path: '/api/argocd/updateArgo/svc-new', body: createBody },
  {
    method: 'POST',
    path: '/api/argocd/sync',
    body: { appSelector: 'app.kubernetes.io/name=svc-ledger' },
  },
  { method: 'DELETE', path: app },
  { method: 'DELETE', path: `${app}/operation` },
  // No Roadie route answers these today; they are closed all the same.
  { method: 'PATCH', path: app, body: {} },
  { method: 'OPTIONS', path: '/api/argocd/sync' },
  { method: 'PROPFIND', path: '/api/argocd/' },
];

describe('the Argo CD write guard, in front of the real Roadie plugin', () => {
  const argoCd = setupArgoCdApiMock();
  const asked: string[] = [];
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        argocdPlugin,
        argocdModuleWriteGuard,
        permissionPlugin,
        tinyPolicyModule(asked),
        // Requests without a token are anonymous, as in the running portal.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            permission: { enabled: true },
            argocd: {
              appLocatorMethods: [
                {
                  type: 'config',
                  instances: [
                    {
                      name: ARGOCD_INSTANCE,
                      url: ARGOCD_URL,
                      token: ARGOCD_TOKEN,
                    },
                  ],
                },
              ],
            },
          },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  afterEach(() => {
    asked.length = 0;
  });

  /** Any method, known to supertest or not, as `user` (or no one). */
  async function send(
    write: { method: string; path: string; body?: object },
    user?: string,
  ) {
    const { port } = backend.server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}${write.path}`, {
      method: write.method,
      headers: {
        ...(user ? { authorization: mockCredentials.user.header(user) } : {}),
        ...(write.body ? { 'content-type': 'application/json' } : {}),
      },
      body: write.body ? JSON.stringify(write.body) : undefined,
    });
    const text = await response.text();
    return {
      status: response.status,
      body:
        text && response.headers.get('content-type')?.includes('json')
          ? JSON.parse(text)
          : text,
    };
  }

  it('lets reads through to Roadie without asking the policy', async () => {
    const get = await request(backend.server)
      .get(app)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(get.status).toBe(200);
    expect(get.body.metadata.name).toBe(KNOWN_APP);

    const head = await request(backend.server)
      .head(app)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(head.status).toBe(200);

    // Roadie's own answer for an instance it does not know passes unchanged.
    const unknown = await request(backend.server)
      .get('/api/argocd/argoInstance/no-such-instance/applications/x')
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(unknown.status).toBe(500);
    expect(unknown.body.error?.name).not.toBe('NotAllowedError');

    expect(asked).toEqual([]);
    // The GET and the HEAD (Express serves it with the GET route) read it.
    const read = { method: 'GET', path: `/api/v1/applications/${KNOWN_APP}` };
    expect(argoCd.calls).toEqual([read, read]);
  });

  it.each(WRITES)(
    'refuses $method $path to a person without the permission, before Argo CD hears of it',
    async write => {
      const answer = await send(write, OUTSIDER);
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({
        error: {
          name: 'NotAllowedError',
          message: expect.stringContaining('argocd.application.write'),
        },
        // The plugin's error handler names the path below its mount point.
        request: {
          method: write.method,
          url: write.path.replace(/^\/api\/argocd/, ''),
        },
        response: { statusCode: 403 },
      });
      expect(asked).toEqual(['argocd.application.write']);
      expect(argoCd.calls).toEqual([]);
    },
  );

  it('refuses a write without credentials (401) before asking anyone', async () => {
    for (const write of WRITES.slice(0, 4)) {
      expect((await send(write)).status).toBe(401);
    }
    expect(asked).toEqual([]);
    expect(argoCd.calls).toEqual([]);
  });

  it('lets a person with the permission sync: Roadie asks Argo CD to', async () => {
    const answer = await send(WRITES[2], OPERATOR);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      [
        {
          status: 'Success',
          message: `Re-synced ${KNOWN_APP} on ${ARGOCD_INSTANCE}`,
        },
      ],
    ]);
    expect(asked).toEqual(['argocd.application.write']);
    expect(argoCd.calls).toEqual([
      { method: 'GET', path: '/api/v1/applications' },
      { method: 'POST', path: `/api/v1/applications/${KNOWN_APP}/sync` },
    ]);
  });

  it('lets a person with the permission delete an application and end its operation', async () => {
    const deleted = await send({ method: 'DELETE', path: app }, OPERATOR);
    expect(deleted.status).toBe(200);
    expect(deleted.body.deleteAppDetails.status).toBe('pending');
    const ended = await send(
      { method: 'DELETE', path: `${app}/operation` },
      OPERATOR,
    );
    expect(ended.status).toBe(200);
    expect(argoCd.calls.filter(c => c.method === 'DELETE')).toEqual([
      { method: 'DELETE', path: `/api/v1/applications/${KNOWN_APP}` },
      { method: 'DELETE', path: `/api/v1/applications/${KNOWN_APP}/operation` },
    ]);
  });

  it('lets a person with the permission reach Roadie with any other method (Roadie has no route: 404)', async () => {
    const answer = await send(WRITES[5], OPERATOR);
    expect(answer.status).toBe(404);
    expect(argoCd.calls).toEqual([]);
  });

  it("leaves another backend's service token to Backstage, which allows it without the policy", async () => {
    const { port } = backend.server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}${app}/operation`, {
      method: 'DELETE',
      headers: { authorization: mockCredentials.service.header() },
    });
    expect(response.status).toBe(200);
    expect(asked).toEqual([]);
  });

  it('declares argocd.application.write in the plugin permission metadata', async () => {
    const response = await request(backend.server)
      .get('/api/argocd/.well-known/backstage/permissions/metadata')
      .set('Authorization', mockCredentials.service.header());
    expect(response.status).toBe(200);
    expect(response.body.permissions).toEqual([
      {
        type: 'basic',
        name: 'argocd.application.write',
        attributes: { action: 'update' },
      },
    ]);
  });
});
