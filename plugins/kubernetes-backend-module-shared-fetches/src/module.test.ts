import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import kubernetesPlugin from '@backstage/plugin-kubernetes-backend';
import { kubernetesFetcherExtensionPoint } from '@backstage/plugin-kubernetes-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { kubernetesModuleSharedFetches } from './module';

const kubernetesConfig = {
  serviceLocatorMethod: { type: 'multiTenant' },
  clusterLocatorMethods: [
    {
      type: 'config',
      clusters: [
        {
          name: 'eks-prod',
          url: 'http://127.0.0.1:1/clusters/eks-prod',
          authProvider: 'serviceAccount',
          serviceAccountToken: 'not-used',
        },
      ],
    },
  ],
};

/**
 * Another module asking for the fetcher slot: the Kubernetes backend takes
 * one fetcher, so this fails when ours holds the slot.
 */
const otherFetcherModule = createBackendModule({
  pluginId: 'kubernetes',
  moduleId: 'other-fetcher',
  register(reg) {
    reg.registerInit({
      deps: { fetchers: kubernetesFetcherExtensionPoint },
      async init({ fetchers }) {
        fetchers.addFetcher(({ getDefault }) => getDefault());
      },
    });
  },
});

function start(sharedFetchSeconds: number) {
  return startTestBackend({
    features: [
      kubernetesPlugin,
      kubernetesModuleSharedFetches,
      otherFetcherModule,
      catalogServiceMock.factory(),
      mockServices.rootConfig.factory({
        data: {
          kubernetes: kubernetesConfig,
          localplus: { kubernetes: { sharedFetchSeconds } },
        },
      }),
    ],
  });
}

describe('kubernetesModuleSharedFetches', () => {
  it('wraps the Kubernetes backend’s fetcher: the one fetcher slot is taken', async () => {
    await expect(start(5)).rejects.toThrow(
      'Multiple Kubernetes Fetchers is not supported',
    );
  });

  it('leaves the slot alone when set to 0', async () => {
    const starting = start(0);
    await expect(starting).resolves.toBeDefined();
    await (await starting).stop();
  });

  it('stops the backend at startup on a value out of bounds, naming the key', async () => {
    await expect(start(600)).rejects.toThrow(
      'localplus.kubernetes.sharedFetchSeconds must be a number of seconds from 0 to 60, got 600',
    );
  });
});
