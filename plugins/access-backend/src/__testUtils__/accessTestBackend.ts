import {
  AuthService,
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import { eventsServiceRef, EventsService } from '@backstage/plugin-events-node';
import permissionPlugin from '@backstage/plugin-permission-backend';
import type { AuditorService } from '@backstage/backend-plugin-api';
import {
  accessFixtureConfig,
  accessFixtureEntities,
} from '@localplus/plugin-access-node/testUtils';
import accessPolicyModule from '@localplus/plugin-permission-backend-module-access-policy';
import type { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import YAML from 'yaml';
import { auditTrailAuditorServiceFactory } from '../auditor/auditTrailAuditorServiceFactory';
import { accessPlugin } from '../plugin';

/** What a plugin of the test backend holds, for the test to act through. */
export type Handles = { events?: EventsService; auditor?: AuditorService };

/**
 * A plugin whose only job is to lend the test its events service and
 * auditor, as any other plugin of the backend would have them.
 */
function handlesPlugin(handles: Handles) {
  return createBackendPlugin({
    pluginId: 'audit-test',
    register(env) {
      env.registerInit({
        deps: { events: eventsServiceRef, auditor: coreServices.auditor },
        async init({ events, auditor }) {
          handles.events = events;
          handles.auditor = auditor;
        },
      });
    },
  });
}

/**
 * The mock auth service, except that a token a plugin obtains on behalf of a
 * user names that plugin as the actor, as real tokens do. The permission
 * backend refuses user requests without an actor (a person calling it
 * directly), so without this the catalog could not ask it anything.
 */
const actorAwareMockAuthFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): AuthService {
    const auth = mockServices.auth({ pluginId: plugin.getId() });
    return Object.assign(Object.create(auth), {
      async getPluginRequestToken(
        options: Parameters<AuthService['getPluginRequestToken']>[0],
      ) {
        const { onBehalfOf } = options;
        if (auth.isPrincipal(onBehalfOf, 'user')) {
          return {
            token: mockCredentials.user.token(
              onBehalfOf.principal.userEntityRef,
              {
                actor: { subject: `plugin:${plugin.getId()}` },
              },
            ),
          };
        }
        return auth.getPluginRequestToken(options);
      },
    });
  },
});

/**
 * The Access backend as production runs it: the real catalog holding the
 * access fixture organisation (from a file location), the real permission
 * backend with the LOCAL-PLUS policy module, the real events service (local
 * bus) and the audit trail auditor.
 */
export async function startAccessTestBackend(options: {
  knex?: unknown;
  matrixPlugins?: string[];
}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'access-backend-'));
  const catalogFile = path.join(folder, 'org.yaml');
  fs.writeFileSync(
    catalogFile,
    accessFixtureEntities.map(entity => YAML.stringify(entity)).join('---\n'),
  );
  const handles: Handles = {};
  const backend = await startTestBackend({
    features: [
      accessPlugin,
      catalogPlugin,
      permissionPlugin,
      accessPolicyModule,
      handlesPlugin(handles),
      auditTrailAuditorServiceFactory,
      eventsServiceFactory,
      actorAwareMockAuthFactory,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex as any })]
        : []),
      mockServices.rootConfig.factory({
        data: {
          ...accessFixtureConfig(),
          localplus: {
            access: {
              ...accessFixtureConfig().localplus.access,
              ...(options.matrixPlugins
                ? { matrixPlugins: options.matrixPlugins }
                : {}),
            },
          },
          permission: { enabled: true },
          events: { useEventBus: 'never' },
          catalog: {
            rules: [{ allow: ['User', 'Group', 'Component', 'Location'] }],
            locations: [{ type: 'file', target: catalogFile }],
            processingInterval: { seconds: 1 },
          },
        },
      }),
    ],
  });
  return {
    backend,
    handles,
    stop: async () => {
      await backend.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the catalog holds every fixture entity with its relations
 * stitched: the role resolver reads memberships from relations and keeps
 * what it read for a while, so asking earlier would cache a partial org.
 */
export async function waitForStitchedOrg(
  server: Parameters<typeof request>[0],
) {
  const expected = accessFixtureEntities.length;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await request(server)
      .get('/api/catalog/entities')
      .query({ filter: 'kind=user,kind=group,kind=component' })
      .set('Authorization', mockCredentials.service.header());
    const entities: Entity[] = response.status === 200 ? response.body : [];
    const stitched = entities.filter(entity => {
      const spec = (entity.spec ?? {}) as {
        memberOf?: string[];
        parent?: string;
        owner?: string;
      };
      const links = (entity.relations ?? []).map(r => r.type);
      const needs = [
        ...(spec.memberOf ?? []).map(() => 'memberOf'),
        ...(spec.parent ? ['childOf'] : []),
        ...(spec.owner ? ['ownedBy'] : []),
      ];
      return needs.every(type => links.includes(type));
    });
    if (stitched.length === expected) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog stitched ${stitched.length} of ${expected} fixture entities in time`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}
