/*
 * The production database settings as PostgreSQL receives them: the
 * catalog's connections commit without waiting for the disk (its tables are
 * rebuilt from the repositories it reads), every other plugin's commit
 * durably. Read through Backstage's own DatabaseManager against the
 * machine's PostgreSQL, so a setting the connector dropped fails here.
 */
import path from 'node:path';
import { DatabaseManager } from '@backstage/backend-defaults/database';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ConfigSources } from '@backstage/config-loader';
import { JsonObject } from '@backstage/types';
import { repoRoot } from './__testUtils__/renderKustomization';

jest.setTimeout(60_000);

const postgres = new URL(
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
    'postgresql://postgres@127.0.0.1:5432',
);

/** The deployment's PostgreSQL variables, pointed at this machine's. */
const POSTGRES_VARIABLES: Readonly<Record<string, string>> = {
  POSTGRES_HOST: postgres.hostname,
  POSTGRES_PORT: postgres.port || '5432',
  POSTGRES_USER: decodeURIComponent(postgres.username) || 'postgres',
  POSTGRES_PASSWORD: decodeURIComponent(postgres.password),
};

const prefix = `content_tests_commits_${process.pid}_`;

/**
 * backend.database as production loads it: the base file, then the
 * production overrides, through the configuration loader the backend
 * uses. Variables other than PostgreSQL's are left unset.
 */
async function productionDatabaseConfig(): Promise<JsonObject> {
  const source = ConfigSources.default({
    argv: [
      'node',
      'backend',
      ...['app-config.yaml', 'app-config.production.yaml'].flatMap(file => [
        '--config',
        path.join(repoRoot, file),
      ]),
    ],
    substitutionFunc: async name => POSTGRES_VARIABLES[name],
    env: {},
  });
  const config = await ConfigSources.toConfig(source);
  config.close();
  return config.get<JsonObject>('backend.database');
}

function databases(database: JsonObject): DatabaseManager {
  return DatabaseManager.fromConfig(
    new ConfigReader({ backend: { database } }),
  );
}

async function synchronousCommit(
  manager: DatabaseManager,
  pluginId: string,
): Promise<string> {
  const knex = await manager
    .forPlugin(pluginId, {
      logger: mockServices.logger.mock(),
      lifecycle: mockServices.lifecycle.mock(),
    })
    .getClient();
  try {
    const { rows } = await knex.raw('show synchronous_commit');
    return rows[0].synchronous_commit;
  } finally {
    await knex.destroy();
  }
}

afterAll(async () => {
  // The maintenance database, to drop the ones the test created.
  const admin = databases({
    ...(await productionDatabaseConfig()),
    plugin: { maintenance: { connection: { database: 'postgres' } } },
  });
  const knex = await admin
    .forPlugin('maintenance', {
      logger: mockServices.logger.mock(),
      lifecycle: mockServices.lifecycle.mock(),
    })
    .getClient();
  try {
    const { rows } = await knex.raw(
      'select datname from pg_database where datname like ?',
      [`${prefix.replace(/_/g, '\\_')}%`],
    );
    for (const { datname } of rows as Array<{ datname: string }>) {
      await knex.raw('drop database if exists ?? with (force)', [datname]);
    }
  } finally {
    await knex.destroy();
  }
});

describe('the production database settings, as PostgreSQL receives them', () => {
  it('commits the catalog without waiting for the disk and every other plugin durably', async () => {
    const manager = databases({
      ...(await productionDatabaseConfig()),
      prefix,
    });
    expect({
      catalog: await synchronousCommit(manager, 'catalog'),
      'user-settings': await synchronousCommit(manager, 'user-settings'),
      oncall: await synchronousCommit(manager, 'oncall'),
    }).toEqual({ catalog: 'off', 'user-settings': 'on', oncall: 'on' });
  });
});
