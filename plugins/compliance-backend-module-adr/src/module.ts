import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { AdrEvidenceCollector } from './collector/AdrEvidenceCollector';

/** Adds the `adr` evidence collector (decision records) to the compliance backend. */
export const complianceModuleAdrCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'adr-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        collectors: complianceCollectorsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        catalog: catalogServiceRef,
      },
      async init({ collectors, auth, discovery, catalog }) {
        collectors.addCollector(
          new AdrEvidenceCollector({ auth, discovery, catalog }),
        );
      },
    });
  },
});
