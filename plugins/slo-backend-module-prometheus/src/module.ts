import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { sloMetricSourcesExtensionPoint } from '@localplus/plugin-slo-node';
import { PrometheusMetricSource } from './PrometheusMetricSource';
import { CONFIG_KEY } from './readPrometheusConfig';

/** Adds Prometheus, as configured under `slo.prometheus`, to the SLO backend's metric sources. */
export const sloModulePrometheus = createBackendModule({
  pluginId: 'slo',
  moduleId: 'prometheus',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        metricSources: sloMetricSourcesExtensionPoint,
      },
      async init({ config, logger, metricSources }) {
        const source = PrometheusMetricSource.fromConfig(config);
        if (!source) {
          logger.info(
            `No ${CONFIG_KEY} config; the Prometheus metric source is not registered`,
          );
          return;
        }
        metricSources.addMetricSource(source);
        logger.info(
          `Prometheus metric source registered for ${source
            .environments()
            .join(', ')}`,
        );
      },
    });
  },
});
