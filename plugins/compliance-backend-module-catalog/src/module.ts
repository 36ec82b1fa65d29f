import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { CatalogEvidenceCollector } from './CatalogEvidenceCollector';
import { readTierIds } from '@localplus/plugin-tiers-common';

/** Adds the catalog evidence collector (`catalog.*` checks) to the compliance backend. */
export const complianceModuleCatalogCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'catalog-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        collectors: complianceCollectorsExtensionPoint,
      },
      async init({ config, logger, auth, catalog, collectors }) {
        const tierModel = readTierIds(config);
        collectors.addCollector(
          new CatalogEvidenceCollector({ auth, catalog, tierModel }),
        );
        if (!tierModel) {
          logger.warn(
            'Catalog evidence collector: no tier model (localplus.tiers), so catalog.tier reports error for every component and catalog.runbook checks every component whatever its tiers parameter',
          );
        }
      },
    });
  },
});
