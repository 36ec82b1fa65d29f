import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  ExtensionDefinition,
  fetchApiRef,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import GavelIcon from '@material-ui/icons/Gavel';
import { ADR_LOCATION_ANNOTATION } from '@localplus/plugin-adr-common';
import { adrApiRef } from './api/adrApiRef';
import { AdrClient } from './api/AdrClient';
import {
  ADR_PAGE_TABS,
  ADR_TAB_PATH,
  decisionRouteRef,
  rootRouteRef,
} from './routes';

/** The ADR backend client. */
export const adrApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: adrApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AdrClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Decisions page, `/adr`: its tabs are the sub-pages below, each at its
 * own path and loaded only when opened. Its title and icon make its nav item.
 */
export const adrPage = PageBlueprint.make({
  params: {
    path: '/adr',
    title: 'Decisions',
    icon: <GavelIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
  },
});

export const adrLogSubPage = SubPageBlueprint.make({
  name: 'log',
  params: {
    path: ADR_PAGE_TABS.log,
    title: 'Log',
    loader: () => import('./components/LogTab').then(m => <m.LogTab />),
  },
});

export const adrGraphSubPage = SubPageBlueprint.make({
  name: 'graph',
  params: {
    path: ADR_PAGE_TABS.graph,
    title: 'Graph',
    loader: () => import('./components/GraphTab').then(m => <m.GraphTab />),
  },
});

export const adrReviewSubPage = SubPageBlueprint.make({
  name: 'review',
  params: {
    path: ADR_PAGE_TABS.review,
    title: 'Review',
    loader: () => import('./components/ReviewTab').then(m => <m.ReviewTab />),
  },
});

export const adrProblemsSubPage = SubPageBlueprint.make({
  name: 'problems',
  params: {
    path: ADR_PAGE_TABS.problems,
    title: 'Problems',
    loader: () =>
      import('./components/ProblemsTab').then(m => <m.ProblemsTab />),
  },
});

/**
 * One decision's page. It has no title of its own, so it makes no nav item;
 * its header is the plugin's, linking back to the log.
 */
export const adrDecisionPage = PageBlueprint.make({
  name: 'decision',
  params: {
    path: '/adr/decisions/:kind/:namespace/:name/:slug',
    routeRef: decisionRouteRef,
    loader: () =>
      import('./components/DecisionPage').then(m => <m.DecisionPage />),
  },
});

/** The Decisions tab, on entities that point at a decision folder. */
export const adrEntityContent = EntityContentBlueprint.make({
  params: {
    path: ADR_TAB_PATH,
    title: 'Decisions',
    filter: {
      [`metadata.annotations.${ADR_LOCATION_ANNOTATION}`]: { $exists: true },
    },
    loader: () =>
      import('./components/EntityDecisionsContent').then(m => (
        <m.EntityDecisionsContent />
      )),
  },
});

/** Home widget for tech leads: proposed decisions naming them, and those due for review. */
export const adrAwaitingYourInputHomeWidget = HomePageWidgetBlueprint.make({
  name: 'awaiting-your-input',
  params: {
    name: 'AdrAwaitingYourInput',
    title: 'Awaiting your input',
    description:
      'Proposed decisions that name you or your groups, and decisions due for review',
    layout: { height: { minRows: 3 }, width: { minColumns: 4 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.AwaitingYourInputContent,
      })),
  },
});

/** Home widget: the latest decisions across the organisation. */
export const adrRecentDecisionsHomeWidget = HomePageWidgetBlueprint.make({
  name: 'recent-decisions',
  params: {
    name: 'AdrRecentDecisions',
    title: 'Decision log',
    description: 'The latest architecture decisions across the organisation',
    layout: { height: { minRows: 3 }, width: { minColumns: 4 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.RecentDecisionsContent,
      })),
  },
});

// The search extensions are typed as plain extension definitions: before the
// workspace is installed, @backstage/plugin-search-react may resolve to a
// copy built on another @backstage/frontend-plugin-api, whose types cannot
// be named here.

/** Decisions among search results (documents of type `adr`). */
export const adrSearchResultListItem: ExtensionDefinition =
  SearchResultListItemBlueprint.make({
    params: {
      icon: <GavelIcon />,
      predicate: result => result.type === 'adr',
      component: () =>
        import('./components/SearchResult').then(m => props => (
          <m.AdrSearchResultListItem {...props} />
        )),
    },
  });

/** "Decisions" among the search page's result types. */
export const adrSearchResultType: ExtensionDefinition =
  SearchFilterResultTypeBlueprint.make({
    params: { value: 'adr', name: 'Decisions', icon: <GavelIcon /> },
  });

/** Architecture decisions in the LOCAL-PLUS portal. */
export const adrPlugin = createFrontendPlugin({
  pluginId: 'adr',
  title: 'Decisions',
  icon: <GavelIcon fontSize="inherit" />,
  routes: { root: rootRouteRef, decision: decisionRouteRef },
  extensions: [
    adrApi,
    adrPage,
    adrLogSubPage,
    adrGraphSubPage,
    adrReviewSubPage,
    adrProblemsSubPage,
    adrDecisionPage,
    adrEntityContent,
    adrAwaitingYourInputHomeWidget,
    adrRecentDecisionsHomeWidget,
    adrSearchResultListItem,
    adrSearchResultType,
  ],
});
