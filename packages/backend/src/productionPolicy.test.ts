import type { JsonObject } from '@backstage/types';
import { PRODUCTION_ENVIRONMENT } from './__testUtils__/productionEnvironment';
import fs from 'node:fs';
import path from 'node:path';
import { backendFeatureSources } from './features';
import { loadRepositoryConfig } from './routeBattery/__testUtils__/batteryConfig';
import { startBatteryBackend } from './routeBattery/__testUtils__/startBatteryBackend';

/** Production's variables, with the bundled catalog and controls read from the repository. */
const productionEnvironment: Record<string, string> = {
  ...PRODUCTION_ENVIRONMENT,
  PORTAL_CATALOG_FILE: '../../catalog-info.yaml',
  PORTAL_COMPLIANCE_DIR: '../../compliance',
};

jest.setTimeout(120_000);

const ALLOW_ALL =
  '@backstage/plugin-permission-backend-module-allow-all-policy';
const ACCESS_POLICY =
  '@localplus/plugin-permission-backend-module-access-policy';
const PRODUCTION_FILES = ['app-config.yaml', 'app-config.production.yaml'];

/**
 * Production's configuration, on a database of its own: SQLite in memory
 * instead of the shared PostgreSQL, where production's one-database-per-
 * plugin mode would leave databases behind. What is under test is which
 * policy the feature list runs, not the database.
 */
function onTestDatabase(config: JsonObject): JsonObject {
  const backend = config.backend as JsonObject;
  return {
    ...config,
    backend: {
      ...backend,
      database: { client: 'better-sqlite3', connection: ':memory:' },
    },
  };
}

function withoutAccessPolicy(config: JsonObject): JsonObject {
  const { access: _removed, ...localplus } = config.localplus as JsonObject;
  return { ...onTestDatabase(config), localplus };
}

describe('the permission policy in production', () => {
  it('never lists the allow-all policy among the backend features, and lists ours', () => {
    expect(backendFeatureSources).not.toContain(ALLOW_ALL);
    expect(backendFeatureSources).toContain(ACCESS_POLICY);
  });

  it('does not depend on the allow-all policy package', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../package.json'), 'utf8'),
    );
    expect(Object.keys(manifest.dependencies)).not.toContain(ALLOW_ALL);
    expect(Object.keys(manifest.devDependencies ?? {})).not.toContain(
      ALLOW_ALL,
    );
  });

  it('has permissions enabled and a policy in the production configuration', async () => {
    const config = await loadRepositoryConfig(
      PRODUCTION_FILES,
      productionEnvironment,
    );
    expect((config.permission as JsonObject).enabled).toBe(true);
    expect(
      Object.keys((config.localplus as JsonObject).access as JsonObject),
    ).toEqual(expect.arrayContaining(['roles', 'rules']));
  });

  it('starts the backend features with the production configuration', async () => {
    const backend = await startBatteryBackend({
      configFiles: PRODUCTION_FILES,
      environment: productionEnvironment,
      configOverride: onTestDatabase,
    });
    try {
      const port = (backend.server.address() as { port: number }).port;
      const health = await fetch(
        `http://localhost:${port}/api/permission/health`,
      );
      expect(health.status).toBe(200);
    } finally {
      await backend.close();
    }
  });

  it('refuses to start without localplus.access, naming the key', async () => {
    await expect(
      startBatteryBackend({
        configFiles: PRODUCTION_FILES,
        environment: productionEnvironment,
        configOverride: withoutAccessPolicy,
      }),
    ).rejects.toThrow(
      /localplus\.access is missing: the backend refuses to start without an access policy/,
    );
  });
});
