import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  buildDevstackDataset,
  SimulatorHandle,
  startArgoCdSimulator,
} from '@localplus/devstack';
import writeGuardModule from '@localplus/plugin-argocd-backend-module-write-guard';
import argocdPlugin from '@roadiehq/backstage-plugin-argo-cd-backend';
import request from 'supertest';
import {
  RecordingProxy,
  startRecordingProxy,
} from './__testUtils__/startRecordingProxy';

jest.setTimeout(60_000);

const ARGO_TOKEN = 'write-guard-test-argocd-token';
/** The one person the test policy grants argocd.application.write. */
const OPERATOR = 'user:default/operator';
/** Anyone else: the auditor, say. */
const AUDITOR = 'user:default/auditor';

/** Grants the operator everything and refuses everyone else. */
const tinyPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'argocd-write-guard-test-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(_query, user) {
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

const prod =
  '/api/argocd/argoInstance/argocd-central/applications/svc-ledger-prod';
const ledgerSelector = 'app.kubernetes.io/name=svc-ledger';
const ledgerApps = ['svc-ledger-dev', 'svc-ledger-prod', 'svc-ledger-staging'];

/**
 * The Roadie Argo CD backend as the portal configures it, with the write
 * guard module in front of it and the dev stack's Argo CD simulator behind
 * it (through a proxy that records what reaches the simulator).
 */
describe('Argo CD writes through the portal', () => {
  let argo: SimulatorHandle;
  let proxy: RecordingProxy;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    argo = await startArgoCdSimulator({
      port: 0,
      token: ARGO_TOKEN,
      dataset: buildDevstackDataset({}),
    });
    proxy = await startRecordingProxy(argo.url);
    backend = await startTestBackend({
      features: [
        argocdPlugin,
        writeGuardModule,
        permissionPlugin,
        tinyPolicy,
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
                      name: 'argocd-central',
                      url: proxy.url,
                      token: ARGO_TOKEN,
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

  afterEach(() => {
    proxy.requests.length = 0;
  });

  afterAll(async () => {
    await backend?.stop();
    await proxy?.close();
    await argo?.close();
  });

  const as = (user: string) => mockCredentials.user.header(user);

  it('lets the auditor read an application from the simulator', async () => {
    const response = await request(backend.server)
      .get(prod)
      .set('Authorization', as(AUDITOR));
    expect(response.status).toBe(200);
    expect(response.body.metadata.name).toBe('svc-ledger-prod');
    expect(proxy.requests).toEqual([
      'GET /api/v1/applications/svc-ledger-prod',
    ]);
  });

  it('refuses the auditor every write, and the simulator hears nothing', async () => {
    const writes = [
      request(backend.server)
        .post('/api/argocd/sync')
        .send({ appSelector: ledgerSelector }),
      request(backend.server).delete(prod),
      request(backend.server).delete(`${prod}/operation`),
      request(backend.server)
        .post('/api/argocd/createArgo')
        .send({ clusterName: 'argocd-central', appName: 'svc-new' }),
      request(backend.server)
        .put('/api/argocd/updateArgo/svc-ledger-prod')
        .send({ clusterName: 'argocd-central', appName: 'svc-ledger-prod' }),
    ];
    for (const write of writes) {
      const response = await write.set('Authorization', as(AUDITOR));
      expect(response.status).toBe(403);
      expect(response.body.error.name).toBe('NotAllowedError');
    }
    expect(proxy.requests).toEqual([]);
  });

  it("passes the operator's sync on to Argo CD, for each of the service's applications", async () => {
    const response = await request(backend.server)
      .post('/api/argocd/sync')
      .set('Authorization', as(OPERATOR))
      .send({ appSelector: ledgerSelector });
    // The simulator is read-only: it refuses the sync itself (405), and
    // Roadie reports each application as failed.
    expect(response.status).toBe(200);
    expect(
      response.body.flat().map((r: { status: string }) => r.status),
    ).toEqual(['Failure', 'Failure', 'Failure']);
    // Roadie syncs the applications in parallel: their order may vary.
    const [list, ...syncs] = proxy.requests;
    expect(list).toBe(
      `GET /api/v1/applications?selector=${encodeURIComponent(ledgerSelector)}`,
    );
    expect(syncs.sort()).toEqual(
      ledgerApps.map(app => `POST /api/v1/applications/${app}/sync`),
    );
  });

  it("passes the operator's delete on to Argo CD", async () => {
    const response = await request(backend.server)
      .delete(prod)
      .set('Authorization', as(OPERATOR));
    expect(response.status).toBe(200);
    expect(response.body.deleteAppDetails.status).toBe('failed');
    expect(proxy.requests).toEqual([
      'DELETE /api/v1/applications/svc-ledger-prod?cascade=true',
    ]);
  });
});
