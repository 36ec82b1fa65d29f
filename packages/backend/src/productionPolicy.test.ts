import type { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import path from 'node:path';
import { backendFeatureSources } from './features';
import { loadRepositoryConfig } from './routeBattery/__testUtils__/batteryConfig';
import { startBatteryBackend } from './routeBattery/__testUtils__/startBatteryBackend';

jest.setTimeout(120_000);

const ALLOW_ALL =
  '@backstage/plugin-permission-backend-module-allow-all-policy';
const ACCESS_POLICY =
  '@localplus/plugin-permission-backend-module-access-policy';
const PRODUCTION_FILES = ['app-config.yaml', 'app-config.production.yaml'];

/** What production's `${...}` references need; none of it is real. */
const productionEnvironment: Record<string, string> = {
  POSTGRES_HOST: '127.0.0.1',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'postgres',
  POSTGRES_PASSWORD: '',
  CACHE_URL: process.env.PORTAL_TEST_CACHE_URL ?? 'redis://127.0.0.1:6379',
  GITHUB_TOKEN: 'not-a-real-token',
  AUTH_GITHUB_CLIENT_ID: 'id',
  AUTH_GITHUB_CLIENT_SECRET: 'secret',
  ARGOCD_URL: 'http://127.0.0.1:9',
  ARGOCD_TOKEN: 'not-a-real-token',
  EKS_DEV_API_URL: 'https://dev.eks.example',
  EKS_STAGING_API_URL: 'https://staging.eks.example',
  EKS_PROD_API_URL: 'https://prod.eks.example',
  EKS_DEV_CA_DATA: 'Y2E=',
  EKS_STAGING_CA_DATA: 'Y2E=',
  EKS_PROD_CA_DATA: 'Y2E=',
  EKS_READER_ROLE_ARN: 'arn:aws:iam::123456789012:role/portal-eks-reader',
  PROMETHEUS_PROD_URL: 'http://127.0.0.1:9',
  PROMETHEUS_PROD_PUBLIC_URL: 'https://grafana.prod.example/prometheus',
  PROMETHEUS_PROD_TOKEN: 'not-a-real-token',
  PROMETHEUS_STAGING_URL: 'http://127.0.0.1:9',
  PROMETHEUS_STAGING_PUBLIC_URL: 'https://grafana.staging.example/prometheus',
  PROMETHEUS_STAGING_TOKEN: 'not-a-real-token',
  PORTAL_CATALOG_FILE: '../../catalog-info.yaml',
  PORTAL_COMPLIANCE_DIR: '../../compliance',
};

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
