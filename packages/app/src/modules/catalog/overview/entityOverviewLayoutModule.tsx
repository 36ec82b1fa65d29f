// The entity overview's card layout (see EntityOverviewLayout). The layout is
// imported inside the loader, so it costs nothing until an entity page opens.
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { EntityContentLayoutBlueprint } from '@backstage/plugin-catalog-react/alpha';

export const entityOverviewLayoutModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    EntityContentLayoutBlueprint.make({
      name: 'localplus',
      params: {
        loader: () =>
          import('./EntityOverviewLayout').then(m => m.EntityOverviewLayout),
      },
    }),
  ],
});
