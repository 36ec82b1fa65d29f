import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { readTierIds } from '@localplus/plugin-tiers-common';
import { AdrEvidenceCollector } from './collector/AdrEvidenceCollector';

/** Adds the `adr` evidence collector (decision records) to the compliance backend. */
export const complianceModuleAdrCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'adr-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        collectors: complianceCollectorsExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        catalog: catalogServiceRef,
      },
      async init({ collectors, config, logger, auth, discovery, catalog }) {
        // Read at startup: an invalid localplus.tiers stops the backend, naming the key.
        const tierModel = readTierIds(config);
        collectors.addCollector(
          new AdrEvidenceCollector({ auth, discovery, catalog, tierModel }),
        );
        if (!tierModel) {
          logger.warn(
            'ADR evidence collector: no tier model (localplus.tiers), so adr.change-decision reports one error and observes no component',
          );
        }
      },
    });
  },
});
