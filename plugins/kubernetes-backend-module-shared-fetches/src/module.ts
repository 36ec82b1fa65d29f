import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { kubernetesFetcherExtensionPoint } from '@backstage/plugin-kubernetes-node';
import { readSharedFetchMaxAgeMs } from './readSharedFetchesConfig';
import { SharedFetchesKubernetesFetcher } from './SharedFetchesKubernetesFetcher';

/**
 * Wraps the Kubernetes backend's own fetcher so that views asking a
 * cluster the same question as the same caller share one fetch for a few
 * seconds (`localplus.kubernetes.sharedFetchSeconds`, 0 to turn off).
 */
export const kubernetesModuleSharedFetches = createBackendModule({
  pluginId: 'kubernetes',
  moduleId: 'shared-fetches',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        fetchers: kubernetesFetcherExtensionPoint,
      },
      async init({ config, logger, fetchers }) {
        const maxAgeMs = readSharedFetchMaxAgeMs(config);
        if (maxAgeMs === 0) {
          logger.info('Kubernetes fetches are not shared (set to 0 s)');
          return;
        }
        fetchers.addFetcher(
          async ({ getDefault }) =>
            new SharedFetchesKubernetesFetcher(await getDefault(), {
              maxAgeMs,
            }),
        );
        logger.info(
          `Kubernetes fetches of the same service by the same caller are shared for ${
            maxAgeMs / 1000
          } s`,
        );
      },
    });
  },
});
