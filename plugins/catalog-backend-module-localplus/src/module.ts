import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { fileTextPlaceholderResolver } from './placeholders/fileTextPlaceholderResolver';

/** LOCAL-PLUS additions to the catalog backend. */
export const catalogModuleLocalplus = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'localplus',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addPlaceholderResolver('text', fileTextPlaceholderResolver);
      },
    });
  },
});
