import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  CatalogFilterBlueprint,
  EntityCardBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { DEFAULT_TIER_ANNOTATION } from '@localplus/plugin-tiers-common';
import LayersIcon from '@material-ui/icons/Layers';
import { tiersApiRef } from './api/TiersApi';
import { TiersClient } from './api/TiersClient';
import { catalogIndexRouteRef, rootRouteRef } from './routes';

/** Entity counts per tier and tier violations, from the catalog. */
export const tiersApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: tiersApiRef,
      deps: {
        catalogApi: catalogApiRef,
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
      },
      factory: ({ catalogApi, discoveryApi, fetchApi }) =>
        new TiersClient({ catalogApi, discoveryApi, fetchApi }),
    }),
});

/** The Tiers page, `/tiers`; its title and icon make its nav item. */
export const tiersPage = PageBlueprint.make({
  params: {
    path: '/tiers',
    title: 'Tiers',
    icon: <LayersIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    // The page draws its own core-components Header.
    noHeader: true,
    loader: () => import('./components/TiersPage').then(m => <m.TiersPage />),
  },
});

/**
 * The tier badge on entity pages, for entities that declare a tier. An app
 * that moves the annotation overrides `filter` in the extension's config.
 */
export const tierBadgeEntityCard = EntityCardBlueprint.make({
  name: 'tier-badge',
  params: {
    type: 'info',
    filter: {
      [`metadata.annotations.${DEFAULT_TIER_ANNOTATION}`]: { $exists: true },
    },
    loader: () =>
      import('./components/TierBadgeCard').then(m => <m.TierBadgeCard />),
  },
});

/** The catalog's Tier filter. */
export const tierCatalogFilter = CatalogFilterBlueprint.make({
  name: 'tier',
  params: {
    loader: () => import('./catalog/TierPicker').then(m => <m.TierPicker />),
  },
});

/** Home widget: entities held back by tier rule errors. */
export const tierViolationsHomeWidget = HomePageWidgetBlueprint.make({
  name: 'violations',
  params: {
    name: 'TierViolations',
    title: 'Tier violations',
    description:
      'Entities the catalog holds back because they break a tier rule',
    layout: { height: { minRows: 3 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.TierViolationsContent,
      })),
  },
});

/** Home widget: the tier model's owners, approvers and change process. */
export const tierRulesHomeWidget = HomePageWidgetBlueprint.make({
  name: 'rules',
  params: {
    name: 'TierRules',
    title: 'Tier rules',
    description: 'T0-T5 with their owners, approvers and change process',
    layout: { height: { minRows: 4 }, width: { minColumns: 6 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.TierRulesContent,
      })),
  },
});

/** The LOCAL-PLUS tier model in the portal. */
export const tiersPlugin = createFrontendPlugin({
  pluginId: 'tiers',
  title: 'Tiers',
  icon: <LayersIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  externalRoutes: { catalogIndex: catalogIndexRouteRef },
  extensions: [
    tiersApi,
    tiersPage,
    tierBadgeEntityCard,
    tierCatalogFilter,
    tierViolationsHomeWidget,
    tierRulesHomeWidget,
  ],
});
