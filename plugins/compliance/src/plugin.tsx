import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { complianceApiRef } from './api/complianceApiRef';
import { ComplianceClient } from './api/ComplianceClient';
import { COMPLIANCE_TAB_PATH, controlRouteRef, rootRouteRef } from './routes';

/** The compliance backend client. */
export const complianceApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: complianceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ComplianceClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Compliance page, `/compliance`. Its title and icon make its nav item
 * "Compliance" (the sidebar takes `page:compliance`).
 */
export const compliancePage = PageBlueprint.make({
  params: {
    path: '/compliance',
    title: 'Compliance',
    icon: <VerifiedUserIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/CompliancePage').then(m => <m.CompliancePage />),
  },
});

/**
 * One control's page. It has no title of its own, so it makes no nav item;
 * its header is the plugin's, linking back to the Compliance page.
 */
export const complianceControlPage = PageBlueprint.make({
  name: 'control',
  params: {
    path: '/compliance/controls/:id',
    routeRef: controlRouteRef,
    loader: () =>
      import('./components/ControlPage').then(m => <m.ControlPage />),
  },
});

/** The Compliance tab of services, websites and systems. */
export const complianceEntityContent = EntityContentBlueprint.make({
  params: {
    path: COMPLIANCE_TAB_PATH,
    title: 'Compliance',
    filter: {
      $any: [
        { kind: 'component', 'spec.type': { $in: ['service', 'website'] } },
        { kind: 'system' },
      ],
    },
    loader: () =>
      import('./components/EntityComplianceContent').then(m => (
        <m.EntityComplianceContent />
      )),
  },
});

/** Home widget for developers: the failing controls of their services. */
export const complianceFailingControlsHomeWidget = HomePageWidgetBlueprint.make(
  {
    name: 'failing-controls',
    params: {
      name: 'ComplianceFailingControls',
      title: 'Failing controls',
      description:
        'Compliance controls not satisfied for the services your groups own',
      layout: { height: { minRows: 3 }, width: { minColumns: 4 } },
      components: () =>
        import('./components/HomeWidgets').then(m => ({
          Content: m.FailingControlsContent,
        })),
    },
  },
);

/**
 * Home widget for auditors and security: the platform's compliance over the
 * last 30 days per framework, the controls failing now and the ledger's state.
 */
export const complianceStatusOverviewHomeWidget = HomePageWidgetBlueprint.make({
  name: 'status-overview',
  params: {
    name: 'ComplianceStatusOverview',
    title: 'Compliance status',
    description:
      'Controls per framework over the last 30 days, those failing now and the evidence ledger',
    layout: { height: { minRows: 4 }, width: { minColumns: 5 } },
    components: () =>
      import('./components/HomeWidgets').then(m => ({
        Content: m.StatusOverviewContent,
      })),
  },
});

/** Compliance in the LOCAL-PLUS portal. */
export const compliancePlugin = createFrontendPlugin({
  pluginId: 'compliance',
  title: 'Compliance',
  icon: <VerifiedUserIcon fontSize="inherit" />,
  routes: { root: rootRouteRef, control: controlRouteRef },
  extensions: [
    complianceApi,
    compliancePage,
    complianceControlPage,
    complianceEntityContent,
    complianceFailingControlsHomeWidget,
    complianceStatusOverviewHomeWidget,
  ],
});
