import { mockServices } from '@backstage/backend-test-utils';
import type {
  CacheService,
  DatabaseService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { SloMetricSource } from '@localplus/plugin-slo-node';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createSloService } from '../services/createSloService';
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
 * Builds the SLO service as the plugin does, with its default settings unless
 * given, over real OpenSLO files on disk, a real metric source and a real
 * database; only the catalog is the Backstage test double. The clock is
 * pinned to the dataset's end.
 */
export async function createSloServiceHarness(options: {
  entities: HarnessEntity[];
  source: SloMetricSource;
  database: DatabaseService;
  now: () => Date;
  minimumEvents?: number;
  batchSize?: number;
  /** Defaults to a fresh in-memory cache. */
  cache?: CacheService;
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
  const service = await createSloService({
    auth: mockServices.auth(),
    cache: options.cache ?? memoryCache(),
    catalog: catalogServiceMock({ entities }),
    database: options.database,
    logger: mockServices.rootLogger({ level: 'none' }),
    urlReader: fileLocationsOnly,
    sources: new Map([[options.source.type, options.source]]),
    settings: {
      minimumEvents: options.minimumEvents,
      batchSize: options.batchSize,
    },
    clock: options.now,
  });
  return { service, entities, folder, cleanup };
}
