// Adds the Tier column to the catalog table: page:catalog in 1.55 takes no
// column extensions, so the page is re-rendered with the default columns plus
// the tier. Its attached filters (the Tier filter among them) are kept.
import { Fragment } from 'react';
import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin, {
  CatalogIndexPage,
} from '@backstage/plugin-catalog/alpha';
import { CatalogTable } from '@backstage/plugin-catalog';
import { createTierColumn } from '@localplus/plugin-tiers';

export const catalogTierColumnModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    catalogPlugin.getExtension('page:catalog').override({
      factory(originalFactory, { inputs, config }) {
        return originalFactory({
          params: {
            loader: async () => (
              <CatalogIndexPage
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
                columns={context => {
                  // Name first, then the tier: the column people scan for.
                  const columns = CatalogTable.defaultColumnsFunc(context);
                  columns.splice(1, 0, createTierColumn());
                  return columns;
                }}
              />
            ),
          },
        });
      },
    }),
  ],
});
