import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { PrometheusEvidenceCollector } from './collector/PrometheusEvidenceCollector';
import { readPrometheusTargets } from './sources/prometheusTargets';

/** Adds the `prometheus` evidence collector (SLOs and Prometheus) to the compliance backend. */
export const complianceModulePrometheusCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'prometheus-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        collectors: complianceCollectorsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
      },
      async init({ collectors, auth, discovery, config, catalog }) {
        collectors.addCollector(
          new PrometheusEvidenceCollector({
            auth,
            discovery,
            catalog,
            targets: readPrometheusTargets(config),
          }),
        );
      },
    });
  },
});
