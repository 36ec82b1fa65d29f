import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import argocdPlugin from '@roadiehq/backstage-plugin-argo-cd-backend';
import {
  buildDevstackDataset,
  startArgoCdSimulator,
} from '@localplus/devstack';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';

jest.setTimeout(60_000);

const argoToken = 'operations-test-argocd-token';

function component(name: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-id': name,
        'argocd/app-selector': `app.kubernetes.io/name=${name}`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-loyalty' },
  };
}

/**
 * The Roadie Argo CD backend, configured as the portal configures it, reading
 * the dev stack's Argo CD simulator over HTTP: what the Argo CD cards receive.
 * (The Kubernetes backend loads @kubernetes/client-node with a dynamic
 * import, which Jest's VM cannot run; its path to the Kubernetes simulator is
 * covered by e2e-tests/operations.spec.ts and the devstack's own tests with
 * the real client.)
 */
describe('the Argo CD view of a service', () => {
  const dataset = buildDevstackDataset({});
  let argo: Awaited<ReturnType<typeof startArgoCdSimulator>>;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    argo = await startArgoCdSimulator({ port: 0, token: argoToken, dataset });
    backend = await startTestBackend({
      features: [
        argocdPlugin,
        // The portal's permission policy allows reads; this test is about the data path.
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        // Requests without a token are anonymous, as in the running portal.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        catalogServiceMock.factory({
          entities: [component('svc-ledger'), component('svc-wallet')],
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            argocd: {
              appLocatorMethods: [
                {
                  type: 'config',
                  instances: [
                    { name: 'argocd-central', url: argo.url, token: argoToken },
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
    argo.clearFaults();
  });

  afterAll(async () => {
    await backend?.stop();
    await argo?.close();
  });

  /** What the Argo CD cards ask for: the applications labelled with the component's name. */
  function applicationsOf(componentName: string) {
    return request(backend.server)
      .get(
        `/api/argocd/argoInstance/argocd-central/applications/selector/${encodeURIComponent(
          `app.kubernetes.io/name=${componentName}`,
        )}`,
      )
      .set('Authorization', mockCredentials.user.header());
  }

  it('refuses callers without credentials', async () => {
    const response = await request(backend.server).get(
      `/api/argocd/find/selector/${encodeURIComponent(
        'app.kubernetes.io/name=svc-ledger',
      )}`,
    );
    expect(response.status).toBe(401);
  });

  it('finds the three Argo CD applications of svc-ledger with their sync and health', async () => {
    const found = await request(backend.server)
      .get(
        `/api/argocd/find/selector/${encodeURIComponent(
          'app.kubernetes.io/name=svc-ledger',
        )}`,
      )
      .set('Authorization', mockCredentials.user.header());
    expect(found.status).toBe(200);
    expect(found.body).toEqual([
      expect.objectContaining({
        name: 'argocd-central',
        appName: expect.arrayContaining([
          'svc-ledger-dev',
          'svc-ledger-staging',
          'svc-ledger-prod',
        ]),
      }),
    ]);
    const apps = await applicationsOf('svc-ledger');
    expect(apps.status).toBe(200);
    const states = Object.fromEntries(
      apps.body.items.map((app: any) => [
        app.metadata.name,
        `${app.status.sync.status}/${app.status.health.status}`,
      ]),
    );
    expect(states).toEqual({
      'svc-ledger-dev': 'Synced/Healthy',
      'svc-ledger-staging': 'Synced/Healthy',
      'svc-ledger-prod': 'Synced/Healthy',
    });
    expect(apps.body.items[0].status.history.length).toBeGreaterThan(0);
  });

  it('shows the degraded svc-wallet staging application', async () => {
    const apps = await applicationsOf('svc-wallet');
    const staging = apps.body.items.find(
      (app: any) => app.metadata.name === 'svc-wallet-staging',
    );
    expect(staging.status.health.status).toBe('Degraded');
  });

  it('passes an Argo CD failure on as an error, never as an empty list', async () => {
    argo.setFault({ target: '*', status: 500 });
    const apps = await applicationsOf('svc-ledger');
    expect(apps.body.items ?? []).toEqual([]);
    expect(
      apps.status >= 400 || apps.body.error || apps.body.message,
    ).toBeTruthy();
  });
});
