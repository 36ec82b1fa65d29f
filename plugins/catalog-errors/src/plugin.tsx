import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { catalogErrorsApiRef } from './api/CatalogErrorsApi';
import { CatalogErrorsClient } from './api/CatalogErrorsClient';
import { rootRouteRef } from './routes';

/** The catalog's held-back entities, from its unprocessed-entities module. */
export const catalogErrorsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: catalogErrorsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CatalogErrorsClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Catalog errors page. It keeps the upstream Unprocessed Entities
 * page's path, so links to that page land here.
 */
export const catalogErrorsPage = PageBlueprint.make({
  params: {
    path: '/catalog-unprocessed-entities',
    title: 'Catalog errors',
    icon: <ReportProblemIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    // The page draws its own core-components Header.
    noHeader: true,
    loader: () =>
      import('./components/CatalogErrorsPage').then(m => (
        <m.CatalogErrorsPage />
      )),
  },
});

/** The entities the catalog holds back, with what to fix. */
export const catalogErrorsPlugin = createFrontendPlugin({
  pluginId: 'catalog-errors',
  title: 'Catalog errors',
  icon: <ReportProblemIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [catalogErrorsApi, catalogErrorsPage],
});
