import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import {
  readCollectorSettings,
  readConfiguredClusters,
} from './config/readKubernetesConfig';
import { ClusterCredentials } from './client/clusterCredentials';
import { KubernetesEvidenceCollector } from './KubernetesEvidenceCollector';

/** Adds the Kubernetes evidence collector (`kubernetes.*` checks) to the compliance backend. */
export const complianceModuleKubernetesCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'kubernetes-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        collectors: complianceCollectorsExtensionPoint,
      },
      async init({ config, logger, auth, urlReader, catalog, collectors }) {
        const clusters = readConfiguredClusters(config);
        const settings = readCollectorSettings(config);
        collectors.addCollector(
          new KubernetesEvidenceCollector({
            clusters,
            settings,
            catalog,
            auth,
            urlReader,
            // One for all runs: the `aws` config section applies, as for the
            // Kubernetes backend, and the base AWS credentials are cached.
            client: { credentials: new ClusterCredentials({ config }) },
          }),
        );
        logger.info(
          clusters.length > 0
            ? `Kubernetes evidence collector reads ${clusters
                .map(c => `${c.name} (${c.authProvider})`)
                .join(', ')}`
            : 'Kubernetes evidence collector: no cluster configured under kubernetes.clusterLocatorMethods; only manifests are examined',
        );
      },
    });
  },
});
