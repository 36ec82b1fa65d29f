import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readAccessPolicyConfig } from './config/readAccessPolicyConfig';
import { createAccessPolicyEngine } from './engine/createAccessPolicyEngine';
import type { AccessPolicyEngine } from './types';

/**
 * The access policy engine, one per plugin that asks for it (the permission
 * policy module, the Access backend). Its default factory reads
 * `localplus.access` and throws when it is missing or malformed, so a backend
 * depending on it refuses to start without a policy.
 */
export const accessPolicyEngineServiceRef =
  createServiceRef<AccessPolicyEngine>({
    id: 'localplus.access.policyEngine',
    scope: 'plugin',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          config: coreServices.rootConfig,
          auth: coreServices.auth,
          catalog: catalogServiceRef,
        },
        factory: ({ config, auth, catalog }) =>
          createAccessPolicyEngine({
            policy: readAccessPolicyConfig(config),
            catalog,
            auth,
          }),
      }),
  });
