import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import { fileTextPlaceholderResolver } from './placeholders/fileTextPlaceholderResolver';

/**
 * For catalogs kept on disk: `$text` placeholders read files beside their
 * entity, and `file` locations are accepted where configuration allows it.
 */
export const catalogModuleLocalFiles = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'local-files',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        locations: catalogLocationsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ catalog, locations, config }) {
        catalog.addPlaceholderResolver('text', fileTextPlaceholderResolver);
        // Development only: the local scaffolder publisher registers the
        // repositories it creates as file locations.
        if (config.getOptionalBoolean('localplus.catalog.allowFileLocations')) {
          locations.setAllowedLocationTypes(['url', 'file']);
        }
      },
    });
  },
});
