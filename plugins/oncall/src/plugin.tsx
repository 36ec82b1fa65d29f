import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import PhoneInTalkIcon from '@material-ui/icons/PhoneInTalk';
import { onCallApiRef } from './api/onCallApiRef';
import { OnCallClient } from './api/OnCallClient';
import { ONCALL_PAGE_TABS, ONCALL_TAB_PATH, rootRouteRef } from './routes';

/** The on-call backend client. */
export const onCallApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: onCallApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OnCallClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The On call page, `/oncall`: its tabs are the sub-pages below, each at
 * its own path and loaded only when opened. Its title and icon make its
 * nav item.
 */
export const onCallPage = PageBlueprint.make({
  params: {
    path: '/oncall',
    title: 'On call',
    icon: <PhoneInTalkIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
  },
});

export const onCallNowSubPage = SubPageBlueprint.make({
  name: 'now',
  params: {
    path: ONCALL_PAGE_TABS.now,
    title: 'Now',
    loader: () => import('./components/NowTab').then(m => <m.NowTab />),
  },
});

export const onCallCoverageSubPage = SubPageBlueprint.make({
  name: 'coverage',
  params: {
    path: ONCALL_PAGE_TABS.coverage,
    title: 'Coverage',
    loader: () =>
      import('./components/CoverageTab').then(m => <m.CoverageTab />),
  },
});

export const onCallFairnessSubPage = SubPageBlueprint.make({
  name: 'fairness',
  params: {
    path: ONCALL_PAGE_TABS.fairness,
    title: 'Fairness',
    loader: () =>
      import('./components/FairnessTab').then(m => <m.FairnessTab />),
  },
});

export const onCallMyShiftsSubPage = SubPageBlueprint.make({
  name: 'my-shifts',
  params: {
    path: ONCALL_PAGE_TABS.myShifts,
    title: 'My shifts',
    loader: () =>
      import('./components/MyShiftsTab').then(m => <m.MyShiftsTab />),
  },
});

export const onCallPagesSubPage = SubPageBlueprint.make({
  name: 'pages',
  params: {
    path: ONCALL_PAGE_TABS.pages,
    title: 'Pages',
    loader: () => import('./components/PagesTab').then(m => <m.PagesTab />),
  },
});

/**
 * The On call tab of services and groups. Whether a group owns or is
 * covered by a rotation is only known to the backend, so every group gets
 * the tab, which says so when no rotation answers for it.
 */
export const onCallEntityContent = EntityContentBlueprint.make({
  params: {
    path: ONCALL_TAB_PATH,
    title: 'On call',
    filter: { kind: { $in: ['component', 'group'] } },
    loader: () =>
      import('./components/EntityOnCallContent').then(m => (
        <m.EntityOnCallContent />
      )),
  },
});

/** The On call card of a component's overview. */
export const onCallEntityCard = EntityCardBlueprint.make({
  params: {
    // Two people with their contacts side by side, and the open pages: the
    // main column, not the narrow info one.
    type: 'content',
    filter: { kind: 'component' },
    loader: () => import('./components/OnCallCard').then(m => <m.OnCallCard />),
  },
});

/** Home widget: who is on call for my groups' services, and my next shifts. */
export const onCallForMyServicesHomeWidget = HomePageWidgetBlueprint.make({
  name: 'for-my-services',
  params: {
    name: 'OnCallForMyServices',
    title: 'On call for my services',
    description:
      "Who is primary and secondary now for your groups' services, and your next shifts",
    layout: { height: { minRows: 3 }, width: { minColumns: 4 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.OnCallForMyServicesContent,
      })),
  },
});

/** On call in the LOCAL-PLUS portal. */
export const onCallPlugin = createFrontendPlugin({
  pluginId: 'oncall',
  title: 'On call',
  icon: <PhoneInTalkIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [
    onCallApi,
    onCallPage,
    onCallNowSubPage,
    onCallCoverageSubPage,
    onCallFairnessSubPage,
    onCallMyShiftsSubPage,
    onCallPagesSubPage,
    onCallEntityContent,
    onCallEntityCard,
    onCallForMyServicesHomeWidget,
  ],
});
