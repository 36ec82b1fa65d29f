import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { accessPolicyEngineServiceRef } from '@localplus/plugin-access-node';
import { AccessPermissionPolicy } from './AccessPermissionPolicy';
import { createDecisionRecorder } from './decisionRecorder';

/**
 * Installs the LOCAL-PLUS access policy in the permission backend. The engine
 * reads `localplus.access` when it is created, so a backend without a policy
 * (or with a malformed one) fails at startup instead of allowing everything.
 */
export const permissionModuleAccessPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'access-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        engine: accessPolicyEngineServiceRef,
        events: eventsServiceRef,
        logger: coreServices.logger,
      },
      async init({ policy, engine, events, logger }) {
        logger.info(
          `Access policy: ${engine.policy.roles.length} roles, ${engine.policy.rules.length} rules`,
        );
        policy.setPolicy(
          new AccessPermissionPolicy(
            engine,
            createDecisionRecorder({ events, logger }),
            logger,
          ),
        );
      },
    });
  },
});
