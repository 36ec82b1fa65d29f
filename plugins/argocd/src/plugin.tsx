import {
  ApiBlueprint,
  configApiRef,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  identityApiRef,
} from '@backstage/frontend-plugin-api';
import { compatWrapper } from '@backstage/core-compat-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { argoCdApiRef } from './api/argoCdApiRef';
import { LazyArgoCdApiClient } from './api/LazyArgoCdApiClient';

// The extension names are those of the package's own plugin
// (`@roadiehq/backstage-plugin-argo-cd/alpha`), so the app config that places
// and filters them (entity-content:argocd/ArgoCdPage, ...) is unchanged.

/** The entity page's Argo CD tab. */
export const argoCdEntityContentRouteRef = createRouteRef();

/**
 * Entities Argo CD knows: an application named, or selected by label. The
 * app config may narrow it further.
 */
const hasArgoCdApplication = (entity: {
  metadata: { annotations?: Record<string, string> };
}) =>
  Boolean(
    entity.metadata.annotations?.['argocd/app-name'] ??
      entity.metadata.annotations?.['argocd/app-selector'],
  );

/** The Argo CD client; the package's client is imported on the first call. */
export const argoCdApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: argoCdApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        identityApi: identityApiRef,
        configApi: configApiRef,
      },
      factory: ({ discoveryApi, identityApi, configApi }) =>
        new LazyArgoCdApiClient({
          discoveryApi,
          identityApi,
          backendBaseUrl: configApi.getString('backend.baseUrl'),
          useNamespacedApps: Boolean(
            configApi.getOptionalBoolean('argocd.namespacedApps'),
          ),
          searchInstances: Boolean(
            configApi.getOptionalConfigArray('argocd.appLocatorMethods')
              ?.length,
          ),
        }),
    }),
});

/** The ArgoCD tab of entity pages: the deployment history. */
export const argoCdEntityContent = EntityContentBlueprint.make({
  name: 'ArgoCdPage',
  params: {
    path: '/argocd',
    title: 'ArgoCD',
    filter: hasArgoCdApplication,
    routeRef: argoCdEntityContentRouteRef,
    loader: () =>
      import('./components/ArgoCdEntityContent').then(m =>
        compatWrapper(<m.ArgoCdEntityContent />),
      ),
  },
});

/** The Argo CD overview card: sync and health of each application. */
export const argoCdOverviewEntityCard = EntityCardBlueprint.make({
  name: 'overviewCard',
  params: {
    filter: hasArgoCdApplication,
    loader: () =>
      import('./components/ArgoCdCards').then(m =>
        compatWrapper(<m.EntityArgoCDOverviewCard />),
      ),
  },
});

/** The Argo CD history card: the recent deployments. */
export const argoCdHistoryEntityCard = EntityCardBlueprint.make({
  name: 'historyCard',
  params: {
    filter: hasArgoCdApplication,
    loader: () =>
      import('./components/ArgoCdCards').then(m =>
        compatWrapper(<m.ArgoCdHistoryCard />),
      ),
  },
});

/** Argo CD on entity pages, loaded lazily. */
export const argoCdPlugin = createFrontendPlugin({
  pluginId: 'argocd',
  routes: { argocd: argoCdEntityContentRouteRef },
  extensions: [
    argoCdEntityContent,
    argoCdOverviewEntityCard,
    argoCdHistoryEntityCard,
    argoCdApi,
  ],
});
