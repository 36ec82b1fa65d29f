import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { readTierModel } from '@localplus/plugin-tiers-common';
import { fileTextPlaceholderResolver } from './placeholders/fileTextPlaceholderResolver';
import { TierModelProcessor } from './tiers/TierModelProcessor';

/** LOCAL-PLUS additions to the catalog backend. */
export const catalogModuleLocalplus = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'localplus',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ catalog, config }) {
        catalog.addPlaceholderResolver('text', fileTextPlaceholderResolver);
        // Throws, failing startup, when the configured model is invalid.
        const tierModel = readTierModel(config);
        if (tierModel) {
          catalog.addProcessor(new TierModelProcessor(tierModel));
        }
      },
    });
  },
});
