import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  type TestDatabaseId,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import {
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import permissionPlugin from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import {
  ACCESS_DECISION_TOPIC,
  type AccessDecisionEventPayload,
} from '@localplus/plugin-access-node';
import {
  accessFixtureEntities,
  accessFixturePolicyConfig,
  mockAuthWithOnBehalfOfActorFactories,
} from '@localplus/plugin-access-node/testUtils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { permissionModuleAccessPolicy } from '../module';

/** A template any builder may run: one step that only logs. */
export const helloTemplate: Entity = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'hello', namespace: 'default' },
  spec: {
    owner: 'group:default/platform-team',
    type: 'service',
    parameters: [],
    steps: [
      { id: 'log', name: 'Log', action: 'debug:log', input: { message: 'hi' } },
    ],
  },
};

/** Subscribes, as the Access backend does, to the published decisions. */
function decisionListener(received: AccessDecisionEventPayload[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'access-decision-listener',
    register(reg) {
      reg.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          await events.subscribe({
            id: 'access-decision-listener',
            topics: [ACCESS_DECISION_TOPIC],
            async onEvent(event) {
              received.push(event.eventPayload as AccessDecisionEventPayload);
            },
          });
        },
      });
    },
  });
}

/**
 * `backend.database` for a test database of TestDatabases: on PostgreSQL one
 * schema per plugin inside the database it created (and drops), on SQLite an
 * in-memory database per plugin. Plugins cannot share one knex: each runs its
 * own migrations.
 */
export async function testDatabaseConfig(
  databases: TestDatabases,
  id: TestDatabaseId,
): Promise<object> {
  if (id === 'SQLITE_3') {
    return { client: 'better-sqlite3', connection: ':memory:' };
  }
  const knex = await databases.init(id);
  return {
    client: 'pg',
    connection: knex.client.config.connection,
    pluginDivisionMode: 'schema',
  };
}

/**
 * The real catalog (fixture organisation and components from a file
 * location, stitched with relations), the real scaffolder, the real
 * permission backend with the access policy module, and the events bus.
 */
export async function startPolicyTestBackend(options: {
  /** `backend.database`: each plugin gets its own database (or schema). */
  database: object;
  access?: unknown;
}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'access-policy-'));
  const catalogFile = path.join(folder, 'org.yaml');
  fs.writeFileSync(
    catalogFile,
    [...accessFixtureEntities, helloTemplate]
      .map(entity => YAML.stringify(entity))
      .join('---\n'),
  );
  const decisions: AccessDecisionEventPayload[] = [];
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      scaffolderEntityModel,
      scaffolderPlugin,
      permissionPlugin,
      permissionModuleAccessPolicy,
      decisionListener(decisions),
      eventsServiceFactory,
      ...mockAuthWithOnBehalfOfActorFactories,
      mockServices.database.factory(),
      mockServices.rootConfig.factory({
        data: {
          backend: { database: options.database },
          permission: { enabled: true },
          localplus: { access: options.access ?? accessFixturePolicyConfig },
          catalog: {
            rules: [
              { allow: ['Component', 'Group', 'User', 'Template', 'Location'] },
            ],
            locations: [{ type: 'file', target: catalogFile }],
          },
        },
      }),
    ],
  });
  return {
    server: backend.server,
    decisions,
    async stop() {
      await backend.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
