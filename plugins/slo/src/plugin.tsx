import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { OPENSLO_ANNOTATION, SloClient } from '@localplus/plugin-slo-common';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { sloApiRef } from './api/sloApiRef';
import { rootRouteRef, SLOS_TAB_PATH } from './routes';

/** Entities that name an OpenSLO document; the only ones with SLOs to show. */
const hasOpenSloDocument = {
  [`metadata.annotations.${OPENSLO_ANNOTATION}`]: { $exists: true },
};

/** The SLO backend client. */
export const sloApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: sloApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SloClient({ discoveryApi, fetchApi }),
    }),
});

/** The Error budgets page, `/error-budgets`; its title and icon make its nav item. */
export const errorBudgetsPage = PageBlueprint.make({
  params: {
    path: '/error-budgets',
    title: 'Error budgets',
    icon: <TrackChangesIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    // The page draws its own core-components Header.
    noHeader: true,
    loader: () =>
      import('./components/ErrorBudgetsPage').then(m => <m.ErrorBudgetsPage />),
  },
});

/** The SLOs tab of entity pages, for entities with an OpenSLO document. */
export const slosEntityContent = EntityContentBlueprint.make({
  params: {
    path: SLOS_TAB_PATH,
    title: 'SLOs',
    filter: hasOpenSloDocument,
    loader: () =>
      import('./components/EntitySlosContent').then(m => (
        <m.EntitySlosContent />
      )),
  },
});

/** The SLO summary card of the overview tab, for the same entities. */
export const sloSummaryEntityCard = EntityCardBlueprint.make({
  name: 'summary',
  params: {
    // A table of five columns: it needs the main column, not the info one.
    type: 'content',
    filter: hasOpenSloDocument,
    loader: () =>
      import('./components/SloSummaryCard').then(m => <m.SloSummaryCard />),
  },
});

/** Home widget: the objectives whose error budget burns or is spent. */
export const budgetsBurningHomeWidget = HomePageWidgetBlueprint.make({
  name: 'budgets-burning',
  params: {
    name: 'SloBudgetsBurning',
    title: 'Budgets burning',
    description:
      'Services whose error budget burns or is exhausted, with what is left',
    layout: { height: { minRows: 3 }, width: { minColumns: 4 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.BudgetsBurningContent,
      })),
  },
});

/** Home widget: the objectives with a firing burn-rate alert. */
export const firingAlertsHomeWidget = HomePageWidgetBlueprint.make({
  name: 'firing-alerts',
  params: {
    name: 'SloFiringAlerts',
    title: 'Firing SLO alerts',
    description: 'Objectives whose burn-rate alerts fire now',
    layout: { height: { minRows: 3 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.FiringAlertsContent,
      })),
  },
});

/** SLOs and error budgets in the LOCAL-PLUS portal. */
export const sloPlugin = createFrontendPlugin({
  pluginId: 'slo',
  title: 'Error budgets',
  icon: <TrackChangesIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [
    sloApi,
    errorBudgetsPage,
    slosEntityContent,
    sloSummaryEntityCard,
    budgetsBurningHomeWidget,
    firingAlertsHomeWidget,
  ],
});
