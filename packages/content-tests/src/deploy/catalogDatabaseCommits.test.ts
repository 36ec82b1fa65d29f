/*
 * The production database settings as PostgreSQL receives them: the
 * catalog's connections commit without waiting for the disk (its tables are
 * rebuilt from the repositories it reads), every other plugin's commit
 * durably. Read through Backstage's own DatabaseManager against the
 * machine's PostgreSQL, so a setting the connector dropped fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseManager } from '@backstage/backend-defaults/database';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import YAML from 'yaml';
import { repoRoot } from './__testUtils__/renderKustomization';

jest.setTimeout(60_000);

const postgres = new URL(
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
    'postgresql://postgres@127.0.0.1:5432',
);

/** What the deployment sets, pointed at this machine's PostgreSQL. */
const variables: Record<string, string> = {
  POSTGRES_HOST: postgres.hostname,
  POSTGRES_PORT: postgres.port || '5432',
  POSTGRES_USER: decodeURIComponent(postgres.username) || 'postgres',
  POSTGRES_PASSWORD: decodeURIComponent(postgres.password),
};

function substitute(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
      if (!(name in variables)) throw new Error(`unexpected \${${name}}`);
      return variables[name];
    });
  }
  if (Array.isArray(value)) return value.map(substitute);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, substitute(inner)]),
    );
  }
  return value;
}

const prefix = `content_tests_commits_${process.pid}_`;

/** backend.database of app-config.production.yaml, variables set. */
function productionDatabaseConfig(): Record<string, unknown> {
  const production = YAML.parse(
    fs.readFileSync(path.join(repoRoot, 'app-config.production.yaml'), 'utf8'),
  );
  return substitute(production.backend.database) as Record<string, unknown>;
}

function productionDatabases() {
  return DatabaseManager.fromConfig(
    new ConfigReader({
      backend: { database: { ...productionDatabaseConfig(), prefix } },
    }),
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
  const admin = DatabaseManager.fromConfig(
    new ConfigReader({
      backend: {
        database: {
          ...productionDatabaseConfig(),
          plugin: { maintenance: { connection: { database: 'postgres' } } },
        },
      },
    }),
  );
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
    const manager = productionDatabases();
    expect({
      catalog: await synchronousCommit(manager, 'catalog'),
      'user-settings': await synchronousCommit(manager, 'user-settings'),
      oncall: await synchronousCommit(manager, 'oncall'),
    }).toEqual({ catalog: 'off', 'user-settings': 'on', oncall: 'on' });
  });
});
