import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// Test code may start another plugin's backend: it is the real source the
// collector reads.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createAdrPlugin } from '@localplus/plugin-adr-backend';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { entitiesWithDecisions, TestEntity } from './decisionFolders';
import { startCollectorBackend } from './startCollectorBackend';
import { SEED_TIER_MODEL } from '@localplus/plugin-tiers-common/testUtils';

/**
 * The real ADR backend over decision folders on disk (the catalog test
 * double holding entities with tiers, systems and folders), beside the
 * collector module, with `tiers` as the tier model (`localplus.tiers`, the
 * seeds' T0-T5 unless given). Its index is built at startup, before this
 * resolves. (The ADR backend's own `startAdrTestBackend` writes entities
 * without annotations, and the tier is one.)
 */
export async function startAdrStack(
  entities: TestEntity[],
  tiers: object = SEED_TIER_MODEL,
) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'compliance-adr-'));
  try {
    const { backend, collector } = await startCollectorBackend({
      features: [
        createAdrPlugin(),
        catalogServiceMock.factory({
          entities: await entitiesWithDecisions(folder, entities),
        }),
        // Runs the index refresh at startup.
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
      ],
      config: {
        localplus: { tiers },
        adr: {
          authoring: {
            target: 'local',
            localRepository: path.join(folder, 'drafts'),
          },
          review: { pullRequests: false },
        },
      },
    });
    return {
      collector,
      adrUrl: `http://localhost:${backend.server.port()}/api/adr`,
      async stop() {
        await backend.stop();
        await fs.rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(folder, { recursive: true, force: true });
    throw error;
  }
}
