// The APIs page laid out like the catalog's: page:api-docs takes no columns
// in 1.55, so its loader is replaced by one rendering the same page with the
// catalog table's column layout. Loaded when someone opens the page.
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';

export const apiExplorerModule = createFrontendModule({
  pluginId: 'api-docs',
  extensions: [
    apiDocsPlugin.getExtension('page:api-docs').override({
      factory(originalFactory, { config }) {
        return originalFactory({
          params: {
            loader: async () => {
              const { ApiExplorerPage } = await import('./ApiExplorerPage');
              return (
                <ApiExplorerPage
                  initiallySelectedFilter={config.initiallySelectedFilter}
                />
              );
            },
          },
        });
      },
    }),
  ],
});
