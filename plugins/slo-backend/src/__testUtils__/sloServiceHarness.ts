import { mockServices } from '@backstage/backend-test-utils';
import type {
  DatabaseService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { SloMetricSource } from '@localplus/plugin-slo-node';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultSloService } from '../services/SloService/DefaultSloService';
import { EntitySloDocumentReader } from '../services/SloService/entitySloDocuments';
import { ObjectiveEvaluator } from '../services/SloService/objectiveEvaluator';
import { OpenSloDocumentLoader } from '../services/SloService/openSloDocumentLoader';
import { DatabaseSnapshotStore } from '../services/SnapshotStore';
import { componentsWithSloFiles } from './catalogEntities';
import { memoryCache } from './memoryCache';

/** The harness's entities come from file locations; any URL read is a test bug. */
const fileLocationsOnly: UrlReaderService = {
  async readUrl(url) {
    throw new NotAllowedError(`The SLO harness reads no URL (${url})`);
  },
  async readTree(url) {
    throw new NotAllowedError(`The SLO harness reads no URL (${url})`);
  },
  async search(url) {
    throw new NotAllowedError(`The SLO harness reads no URL (${url})`);
  },
};

/** A component whose OpenSLO file is written beside its (pretend) catalog file. */
export type HarnessEntity = Parameters<
  typeof componentsWithSloFiles
>[1][number];

/**
 * Builds the SLO service by hand, as the plugin does, over real OpenSLO files
 * on disk, a real metric source and a real database; only the catalog is the
 * Backstage test double. The clock is pinned to the dataset's end.
 */
export async function createSloServiceHarness(options: {
  entities: HarnessEntity[];
  source: SloMetricSource;
  database: DatabaseService;
  now: () => Date;
  minimumEvents?: number;
  batchSize?: number;
}) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-harness-'));
  const cleanup = () => fs.rm(folder, { recursive: true, force: true });
  try {
    return await buildHarness(folder, cleanup, options);
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function buildHarness(
  folder: string,
  cleanup: () => Promise<void>,
  options: Parameters<typeof createSloServiceHarness>[0],
) {
  const entities = await componentsWithSloFiles(folder, options.entities);
  // No jest.fn() in here, so benchmarks can build the same service outside Jest.
  const logger = mockServices.rootLogger({ level: 'none' });
  const cache = memoryCache();
  const snapshots = await DatabaseSnapshotStore.create({
    database: options.database,
  });
  const service = new DefaultSloService({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    logger,
    documents: new EntitySloDocumentReader({
      loader: new OpenSloDocumentLoader(fileLocationsOnly),
      cache,
      logger,
      cacheTtlSeconds: 300,
    }),
    evaluator: new ObjectiveEvaluator({
      sources: new Map([[options.source.type, options.source]]),
      cache,
      logger,
      cacheTtlSeconds: 60,
      batchSize: options.batchSize ?? 10,
      concurrency: 4,
      minimumEvents: options.minimumEvents ?? 100,
    }),
    snapshots,
    defaultEnvironment: 'prod',
    minimumEvents: options.minimumEvents ?? 100,
    clock: options.now,
  });
  return {
    service,
    cache,
    snapshots,
    entities,
    folder,
    cleanup,
  };
}
