import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
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
        locations: catalogLocationsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ catalog, locations, config }) {
        catalog.addPlaceholderResolver('text', fileTextPlaceholderResolver);
        // Throws, failing startup, when the configured model is invalid.
        const tierModel = readTierModel(config);
        if (tierModel) {
          catalog.addProcessor(new TierModelProcessor(tierModel));
        }
        // Development only: the local scaffolder publisher registers the
        // repositories it creates as file locations.
        if (config.getOptionalBoolean('localplus.catalog.allowFileLocations')) {
          locations.setAllowedLocationTypes(['url', 'file']);
        }
      },
    });
  },
});
