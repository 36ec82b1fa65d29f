import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { readTierModel } from '@localplus/plugin-tiers-common';
import { TierModelProcessor } from './TierModelProcessor';

/** Checks every catalog entity against the tier model of `localplus.tiers`. */
export const catalogModuleTierModel = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'tier-model',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ catalog, config }) {
        // Throws, failing startup, when the configured model is invalid.
        const tierModel = readTierModel(config);
        if (tierModel) {
          catalog.addProcessor(new TierModelProcessor(tierModel));
        }
      },
    });
  },
});
