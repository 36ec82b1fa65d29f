import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { CatalogEvidenceCollector } from './CatalogEvidenceCollector';

/** Adds the catalog evidence collector (`catalog.*` checks) to the compliance backend. */
export const complianceModuleCatalogCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'catalog-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        collectors: complianceCollectorsExtensionPoint,
      },
      async init({ auth, catalog, collectors }) {
        collectors.addCollector(
          new CatalogEvidenceCollector({ auth, catalog }),
        );
      },
    });
  },
});
