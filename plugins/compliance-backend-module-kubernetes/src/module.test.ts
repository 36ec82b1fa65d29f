import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  complianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { collectionContext } from './__testUtils__/collectionContext';
import {
  setUpSimulator,
  SIMULATOR_TOKEN,
} from './__testUtils__/simulatorCollector';
import { complianceModuleKubernetesCollector } from './module';

const k8s = setUpSimulator();

/** Stands in for the compliance backend: takes collectors through its extension point. */
function collectorsPlugin(collected: EvidenceCollector[]) {
  return createBackendPlugin({
    pluginId: 'compliance',
    register(reg) {
      reg.registerExtensionPoint(complianceCollectorsExtensionPoint, {
        addCollector: collector => collected.push(collector),
      });
      reg.registerInit({
        deps: { logger: coreServices.logger },
        async init() {},
      });
    },
  });
}

async function start(kubernetes: object) {
  const collectors: EvidenceCollector[] = [];
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    features: [
      collectorsPlugin(collectors),
      complianceModuleKubernetesCollector,
      logger.factory,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({ data: { kubernetes } }),
    ],
  });
  const logged = JSON.stringify(logger.info.mock.calls);
  return { collectors, logged, stop: () => backend.stop() };
}

const simulatorConfig = () => ({
  clusterLocatorMethods: [
    {
      type: 'config',
      clusters: Object.entries(k8s.simulator().clusterUrls).map(
        ([name, url]) => ({
          name,
          url,
          authProvider: 'serviceAccount',
          serviceAccountToken: SIMULATOR_TOKEN,
          skipTLSVerify: true,
        }),
      ),
    },
  ],
});

describe('complianceModuleKubernetesCollector', () => {
  it('registers the kubernetes collector with the clusters of the Kubernetes config', async () => {
    const { collectors, logged, stop } = await start(simulatorConfig());
    try {
      expect(collectors.map(c => c.id)).toEqual(['kubernetes']);
      expect(collectors[0].checks.map(c => c.id)).toEqual([
        'workload-policy',
        'cluster-region',
        'storage-encryption',
        'pod-encryption',
        'log-retention',
        'log-scrubbing',
        'manifest-policy',
      ]);
      const observations = await collectors[0].collect(
        collectionContext([{ check: 'kubernetes.pod-encryption' }]),
      );
      expect(observations.map(o => [o.subject, o.result])).toEqual([
        ['cluster:eks-dev', 'pass'],
        ['cluster:eks-staging', 'pass'],
        ['cluster:eks-prod', 'pass'],
      ]);
      expect(logged).toContain(
        'Kubernetes evidence collector reads eks-dev (serviceAccount), eks-staging (serviceAccount), eks-prod (serviceAccount)',
      );
      expect(logged).not.toContain(SIMULATOR_TOKEN);
    } finally {
      await stop();
    }
  });

  it('stops startup on a malformed cluster, naming the key and not the token', async () => {
    const config = simulatorConfig();
    config.clusterLocatorMethods[0].clusters[1].url = 'ftp://eks';
    const failure = await start(config).catch(error => error as Error);
    expect((failure as Error).message).toContain(
      'kubernetes.clusterLocatorMethods[0].clusters[1].url must be an http or https URL',
    );
    expect((failure as Error).message).not.toContain(SIMULATOR_TOKEN);
  });
});
