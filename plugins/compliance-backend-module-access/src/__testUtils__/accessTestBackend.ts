import {
  createBackendPlugin,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
  mockServices,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  EventsService,
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
// Test only: the real Access backend runs beside the module, as in the portal.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import accessPlugin from '@localplus/plugin-access-backend';
import {
  complianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import {
  accessFixtureEntities,
  accessFixturePolicyConfig,
} from '@localplus/plugin-access-node/testUtils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import YAML from 'yaml';
import { complianceModuleAccessCollector } from '../module';

/** `localplus.access` as the fixture writes it. */
export type AccessPolicyConfig = typeof accessFixturePolicyConfig;

/** Lends the test an events service, as any plugin of the backend has one. */
function eventsHandle(handle: { events?: EventsService }) {
  return createBackendPlugin({
    pluginId: 'compliance-test-events',
    register(env) {
      env.registerInit({
        deps: { events: eventsServiceRef, logger: coreServices.logger },
        async init({ events }) {
          handle.events = events;
        },
      });
    },
  });
}

/**
 * The module in a backend with the real Access backend over the real
 * catalog (the fixture organisation, from a catalog file) and the given
 * policy, the compliance plugin's extension point stood in for. Without
 * `policy`, the Access backend is not installed at all.
 */
export async function startCollectorBackend(options: {
  policy?: AccessPolicyConfig;
  extraEntities?: Entity[];
}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-access-'));
  const catalogFile = path.join(folder, 'org.yaml');
  const entities = [...accessFixtureEntities, ...(options.extraEntities ?? [])];
  fs.writeFileSync(
    catalogFile,
    entities.map(entity => YAML.stringify(entity)).join('---\n'),
  );
  const collectors: EvidenceCollector[] = [];
  const handle: { events?: EventsService } = {};
  const backend = await startTestBackend({
    extensionPoints: [
      [
        complianceCollectorsExtensionPoint,
        { addCollector: (c: EvidenceCollector) => collectors.push(c) },
      ],
    ],
    features: [
      complianceModuleAccessCollector,
      ...(options.policy
        ? [
            accessPlugin,
            catalogPlugin,
            eventsServiceFactory,
            eventsHandle(handle),
          ]
        : []),
      mockServices.rootConfig.factory({
        data: {
          localplus: {
            access: {
              ...options.policy,
              matrixPlugins: ['catalog', 'access'],
            },
          },
          events: { useEventBus: 'never' },
          catalog: {
            rules: [{ allow: ['User', 'Group', 'Component'] }],
            locations: [{ type: 'file', target: catalogFile }],
            processingInterval: { seconds: 1 },
          },
        },
      }),
    ],
  });
  if (options.policy) {
    await waitForStitchedCatalog(backend.server, entities);
  }
  return {
    collector: collectors[0],
    collectors,
    events: handle.events,
    stop: async () => {
      await backend.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the catalog holds every entity with its relations: the Access
 * backend keeps the org it read for a while, so asking earlier would keep a
 * partial one.
 */
async function waitForStitchedCatalog(
  server: Parameters<typeof request>[0],
  entities: Entity[],
) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await request(server)
      .get('/api/catalog/entities')
      .query({ filter: 'kind=user,kind=group,kind=component' })
      .set('Authorization', mockCredentials.service.header());
    const stored: Entity[] = response.status === 200 ? response.body : [];
    const stitched = stored.filter(entity => {
      const spec = (entity.spec ?? {}) as {
        memberOf?: string[];
        parent?: string;
        owner?: string;
      };
      const types = (entity.relations ?? []).map(relation => relation.type);
      return (
        (spec.memberOf ?? []).every(() => types.includes('memberOf')) &&
        (!spec.parent || types.includes('childOf')) &&
        (!spec.owner || types.includes('ownedBy'))
      );
    });
    if (stitched.length === entities.length) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog stitched ${stitched.length} of ${entities.length} entities in time`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}
