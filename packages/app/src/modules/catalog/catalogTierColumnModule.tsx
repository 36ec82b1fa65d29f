// Adds the Tier column to the catalog table: page:catalog in 1.55 takes no
// column extensions, so the page is re-rendered with the default columns plus
// the tier. Its attached filters (the Tier filter among them) are kept.
// The page and its table are imported inside the loader, so they cost
// nothing until someone opens the catalog.
import { Fragment } from 'react';
import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';

export const catalogTierColumnModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    catalogPlugin.getExtension('page:catalog').override({
      factory(originalFactory, { inputs, config }) {
        return originalFactory({
          params: {
            loader: async () => {
              const { TieredCatalogIndexPage } = await import(
                './TieredCatalogIndexPage'
              );
              return (
                <TieredCatalogIndexPage
                  filters={
                    <>
                      {inputs.filters.map(filter => (
                        <Fragment key={filter.node.spec.id}>
                          {filter.get(coreExtensionData.reactElement)}
                        </Fragment>
                      ))}
                    </>
                  }
                  pagination={config.pagination}
                />
              );
            },
          },
        });
      },
    }),
  ],
});
