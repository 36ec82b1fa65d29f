import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { createOnCallPlugin } from '../plugin';

/** Refused everything by the test policy. */
export const DENIED = 'user:default/outsider';
/** May read rotations but not the fairness report. */
export const NO_FAIRNESS = 'user:default/bob';

function testPolicyModule(asked: string[]) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'oncall-test-policy',
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy({
            async handle(query, user) {
              asked.push(query.permission.name);
              const who = user?.info.userEntityRef;
              const denied =
                who === DENIED ||
                (who === NO_FAIRNESS &&
                  query.permission.name === 'oncall.fairness.read');
              return {
                result: denied ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
              };
            },
          });
        },
      });
    },
  });
}

/** The bearer token the test backend's Alertmanager webhook accepts. */
export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

/** The business clock the plugin reads; tests move `at`. */
export interface TestClock {
  at: Date;
}

/**
 * The on-call plugin over the given catalog, with the real permission
 * backend under the test policy, a recording auditor and a pinned clock.
 * Requests without an Authorization header carry no credentials.
 */
export async function startOnCallBackend(options: {
  entities: Entity[];
  clock: TestClock;
  /** More features, e.g. provider modules. */
  features?: BackendFeature[];
}) {
  const askedPermissions: string[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async () => ({
      success: jest.fn(async () => {}),
      fail: jest.fn(async () => {}),
    })),
  });
  const backend = await startTestBackend({
    features: [
      createOnCallPlugin({ now: () => options.clock.at }),
      permissionPlugin,
      testPolicyModule(askedPermissions),
      catalogServiceMock.factory({ entities: options.entities }),
      auditor.factory,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      ...(options.features ?? []),
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          permission: { enabled: true },
          oncall: {
            coverageWeeks: 2,
            pages: { webhookSecret: WEBHOOK_SECRET },
          },
        },
      }),
    ],
  });
  return { backend, auditor, askedPermissions };
}
