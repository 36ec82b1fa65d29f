import { createApiRef } from '@backstage/frontend-plugin-api';
import type { ArgoCDApi } from '@roadiehq/backstage-plugin-argo-cd';

/**
 * The Argo CD client of `@roadiehq/backstage-plugin-argo-cd`. Its cards look
 * the API up by this id (`plugin.argocd.service`); declaring the ref here
 * instead of importing the package's keeps the package, and the io-ts and
 * fp-ts codecs its client loads, out of the app's first load.
 */
export const argoCdApiRef = createApiRef<ArgoCDApi>().with({
  id: 'plugin.argocd.service',
  pluginId: 'argocd',
});
