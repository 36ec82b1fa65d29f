import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import VpnKeyIcon from '@material-ui/icons/VpnKey';
import { accessApiRef } from './api/AccessApi';
import { AccessClient } from './api/AccessClient';
import { ACCESS_TABS, rootRouteRef } from './routes';

/** The Access backend client. */
export const accessApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: accessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AccessClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Access page, `/access`: its tabs are the sub-pages below, each loaded
 * only when opened. Its title and icon make its nav item, which the app
 * shows only to people holding `access.policy.read`.
 */
export const accessPage = PageBlueprint.make({
  params: {
    path: '/access',
    title: 'Access',
    icon: <VpnKeyIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
  },
});

export const accessRolesSubPage = SubPageBlueprint.make({
  name: 'roles',
  params: {
    path: ACCESS_TABS.roles,
    title: 'Roles',
    loader: () => import('./components/RolesTab').then(m => <m.RolesTab />),
  },
});

export const accessMatrixSubPage = SubPageBlueprint.make({
  name: 'matrix',
  params: {
    path: ACCESS_TABS.matrix,
    title: 'Matrix',
    loader: () => import('./components/MatrixTab').then(m => <m.MatrixTab />),
  },
});

export const accessWhoCanSubPage = SubPageBlueprint.make({
  name: 'who-can',
  params: {
    path: ACCESS_TABS.whoCan,
    title: 'Who can…',
    loader: () => import('./components/WhoCanTab').then(m => <m.WhoCanTab />),
  },
});

export const accessExplainSubPage = SubPageBlueprint.make({
  name: 'explain',
  params: {
    path: ACCESS_TABS.explain,
    title: 'Why denied',
    loader: () => import('./components/ExplainTab').then(m => <m.ExplainTab />),
  },
});

export const accessAuditSubPage = SubPageBlueprint.make({
  name: 'audit',
  params: {
    path: ACCESS_TABS.audit,
    title: 'Audit trail',
    loader: () => import('./components/AuditTab').then(m => <m.AuditTab />),
  },
});

/** Who may do what in the portal, explained, and the audit trail. */
export const accessPlugin = createFrontendPlugin({
  pluginId: 'access',
  title: 'Access',
  icon: <VpnKeyIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [
    accessApi,
    accessPage,
    accessRolesSubPage,
    accessMatrixSubPage,
    accessWhoCanSubPage,
    accessExplainSubPage,
    accessAuditSubPage,
  ],
});
