import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { AccessCollector } from './AccessCollector';
import { AccessApiClient } from './client/AccessApiClient';

/** Adds the Access evidence collector (`access.policy`, `access.admins`, `access.audit-trail`) to the compliance backend. */
export const complianceModuleAccessCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'access-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        collectors: complianceCollectorsExtensionPoint,
      },
      async init({ auth, discovery, collectors }) {
        collectors.addCollector(
          new AccessCollector(new AccessApiClient({ auth, discovery })),
        );
      },
    });
  },
});
