import { mockServices } from '@backstage/backend-test-utils';
import {
  resolvePackagePath,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotAllowedError } from '@backstage/errors';
import type { Knex } from 'knex';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NativeRotationProvider } from '../providers/NativeRotationProvider';
import { CatalogOrganisation } from '../services/Organisation';
import {
  DatabaseOverrideStore,
  OverrideStore,
} from '../services/OverrideStore';
import { DefaultRotationService } from '../services/RotationService/DefaultRotationService';
import {
  componentEntity,
  groupEntity,
  userEntity,
  weeklyRotationYaml,
} from './rotationFiles';

/** The harness's groups come from file locations; any URL read is a test bug. */
const fileLocationsOnly: UrlReaderService = {
  async readUrl(url) {
    throw new NotAllowedError(`The on-call harness reads no URL (${url})`);
  },
  async readTree(url) {
    throw new NotAllowedError(`The on-call harness reads no URL (${url})`);
  },
  async search(url) {
    throw new NotAllowedError(`The on-call harness reads no URL (${url})`);
  },
};

/** Queries the harness's service sent, for tests and benchmarks of its caching. */
export interface HarnessStats {
  overrideQueries: number;
  catalogQueries: number;
}

function countingStore(
  store: OverrideStore,
  stats: HarnessStats,
): OverrideStore {
  return {
    create: input => store.create(input),
    get: id => store.get(id),
    listActive: filter => {
      stats.overrideQueries += 1;
      return store.listActive(filter);
    },
    cancel: input => store.cancel(input),
    listChanges: (rotation, limit) => store.listChanges(rotation, limit),
  };
}

function countingCatalog(
  catalog: CatalogService,
  stats: HarnessStats,
): CatalogService {
  return new Proxy(catalog, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') {
        return value;
      }
      return (...args: unknown[]) => {
        stats.catalogQueries += 1;
        return value.apply(target, args);
      };
    },
  });
}

/**
 * `teams` groups, each with its own weekly rotation file of five people and
 * a component it owns, read by the rotation service as the plugin builds it
 * over a real override store (migrated here) and the catalog test double.
 * No jest.fn() in here, so benchmarks can build it outside Jest.
 */
export async function createRotationServiceHarness(options: {
  teams: number;
  knex: Knex;
  now: () => Date;
}) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-harness-'));
  const cleanup = () => fs.rm(folder, { recursive: true, force: true });
  try {
    const entities: Entity[] = [];
    const teams: string[] = [];
    for (let i = 1; i <= options.teams; i++) {
      const team = `team-${String(i).padStart(3, '0')}`;
      const people = [1, 2, 3, 4, 5].map(n => `${team}-person-${n}`);
      teams.push(team);
      entities.push(
        await groupEntity(folder, {
          name: team,
          rotationYaml: weeklyRotationYaml({
            name: `${team}-weekly`,
            members: people,
          }),
        }),
        ...people.map(person => userEntity(person, [team])),
        componentEntity(`svc-${team}`, team, 'p1'),
      );
    }
    await options.knex.migrate.latest({
      directory: resolvePackagePath(
        '@localplus/plugin-oncall-backend',
        'migrations',
      ),
    });
    const stats: HarnessStats = { overrideQueries: 0, catalogQueries: 0 };
    const catalog = countingCatalog(catalogServiceMock({ entities }), stats);
    const auth = mockServices.auth();
    const logger = mockServices.rootLogger({ level: 'none' });
    const overrideStore = new DatabaseOverrideStore(options.knex);
    const rotations = new DefaultRotationService({
      providers: [
        new NativeRotationProvider({
          catalog,
          auth,
          urlReader: fileLocationsOnly,
          logger,
        }),
      ],
      overrideStore: countingStore(overrideStore, stats),
      organisation: new CatalogOrganisation({ catalog, auth }),
      logger,
      now: options.now,
    });
    return { rotations, overrideStore, teams, stats, folder, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
