import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import prometheusModule from '@localplus/plugin-slo-backend-module-prometheus';
import { sloPlugin } from '../plugin';

/** Who the test policy refuses; everyone else may read SLOs. */
export const OUTSIDER = 'user:default/outsider';

/**
 * A permission policy that denies the outsider everything and records what
 * it was asked, so the test sees the routes ask the real permission backend.
 */
function recordingPolicyModule(asked: string[]) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'slo-test-policy',
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy({
            async handle(query, user) {
              asked.push(query.permission.name);
              return {
                result:
                  user?.info.userEntityRef === OUTSIDER
                    ? AuthorizeResult.DENY
                    : AuthorizeResult.ALLOW,
              };
            },
          });
        },
      });
    },
  });
}

/**
 * The SLO plugin with the Prometheus source, the real permission backend
 * under the recording policy, and a catalog holding the given entities;
 * requests without an Authorization header carry no credentials.
 */
export async function startSloPluginBackend(options: {
  entities: Entity[];
  prometheusUrl: string;
  askedPermissions: string[];
  /** `localplus.tiers`, for a test of a tier model of its own. */
  tierModel?: object;
}) {
  return startTestBackend({
    features: [
      sloPlugin,
      prometheusModule,
      permissionPlugin,
      recordingPolicyModule(options.askedPermissions),
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          permission: { enabled: true },
          ...(options.tierModel && {
            localplus: { tiers: options.tierModel },
          }),
          slo: {
            snapshots: { enabled: false },
            prometheus: {
              environments: {
                prod: {
                  baseUrl: options.prometheusUrl,
                  publicUrl: 'https://prometheus.example',
                },
              },
            },
          },
        },
      }),
    ],
  });
}
