import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ServerPermissionClient } from '@backstage/plugin-permission-node';
import { ReadDecisionCache } from './ReadDecisionCache';

/**
 * Replaces each plugin's permissions service with Backstage's own client to
 * the permission backend behind a {@link ReadDecisionCache}.
 */
export const readDecisionCachePermissionsServiceFactory = createServiceFactory({
  service: coreServices.permissions,
  deps: {
    auth: coreServices.auth,
    config: coreServices.rootConfig,
    discovery: coreServices.discovery,
  },
  async factory({ auth, config, discovery }) {
    return new ReadDecisionCache(
      ServerPermissionClient.fromConfig(config, { auth, discovery }),
    );
  },
});
