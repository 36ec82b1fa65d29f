import { ConfigReader } from '@backstage/config';
import { loadConfigSchema } from '@backstage/config-loader';
import { findDevelopmentValueViolations } from '@localplus/backend-platform';
import { PRODUCTION_ENVIRONMENT } from './__testUtils__/productionEnvironment';
import {
  CONFIG_FILES,
  loadMergedConfig,
} from './hardening/__testUtils__/portalConfig';

/** The configuration production runs with: the base file, then the production overrides. */
async function loadProductionConfig() {
  return new ConfigReader(
    await loadMergedConfig(CONFIG_FILES.production, PRODUCTION_ENVIRONMENT),
  );
}

describe('the production configuration', () => {
  it("never reaches the dev stack's simulators or uses their published secrets", async () => {
    const config = await loadProductionConfig();
    expect(
      findDevelopmentValueViolations(config, { NODE_ENV: 'production' }),
    ).toEqual([]);
    // No key left pointing at the dev stack's simulators (ports 77xx).
    expect(JSON.stringify(config.get())).not.toMatch(
      /(127\.0\.0\.1|localhost):77\d\d/,
    );
    expect(config.getString('oncall.pagerduty.baseUrl')).toBe(
      'https://api.pagerduty.com',
    );
    expect(config.getString('compliance.github.baseUrl')).toBe(
      'https://api.github.com',
    );
    // The integration's token for api.github.com is used instead.
    expect(config.getOptionalString('compliance.github.token')).toBeUndefined();
  });

  it('bounds every plugin database pool, so replicas stay under the connection limit', async () => {
    const config = await loadProductionConfig();
    expect(config.getNumber('backend.database.knexConfig.pool.min')).toBe(0);
    expect(
      config.getNumber('backend.database.knexConfig.pool.max'),
    ).toBeLessThanOrEqual(5);
    expect(
      config.getNumber('backend.database.plugin.catalog.knexConfig.pool.max'),
    ).toBeLessThanOrEqual(10);
  });

  it('switches off the development-only scaffolder publisher and file locations', async () => {
    const config = await loadProductionConfig();
    expect(
      config.getOptional('localplus.scaffolder.localPublisher'),
    ).toBeUndefined();
    expect(
      config.getOptionalBoolean('localplus.catalog.allowFileLocations'),
    ).toBe(false);
    expect(config.getString('localplus.scaffolder.contractsRepository')).toBe(
      'github.com?owner=localplus&repo=contracts-proto',
    );
  });

  it('reads the real EKS clusters with AWS credentials, never the dev stack', async () => {
    const config = await loadProductionConfig();
    const [locator] = config.getConfigArray('kubernetes.clusterLocatorMethods');
    const clusters = locator.getConfigArray('clusters').map(cluster => ({
      name: cluster.getString('name'),
      url: cluster.getString('url'),
      authProvider: cluster.getString('authProvider'),
      skipTLSVerify: cluster.getBoolean('skipTLSVerify'),
    }));
    expect(clusters).toEqual(
      ['dev', 'staging', 'prod'].map(env => ({
        name: `eks-${env}`,
        url: `https://${env}.eks.example`,
        authProvider: 'aws',
        skipTLSVerify: false,
      })),
    );
  });

  it("measures SLOs with each environment's Prometheus, its token never sent to the browser", async () => {
    const config = await loadProductionConfig();
    const environments = config.getConfig('slo.prometheus.environments');
    expect(environments.keys()).toEqual(['prod', 'staging']);
    expect(environments.getString('prod.baseUrl')).toBe(
      PRODUCTION_ENVIRONMENT.PROMETHEUS_PROD_URL,
    );
    expect(environments.getString('prod.headers.Authorization')).toBe(
      'Bearer not-a-real-prometheus-token',
    );
    const schema = await loadConfigSchema({
      dependencies: ['@localplus/plugin-slo-backend-module-prometheus'],
      packagePaths: [],
    });
    const appConfigs = [
      { context: 'production', data: config.get() },
    ] as Parameters<typeof schema.process>[0];
    const visibleToBrowser = schema.process(appConfigs, {
      visibility: ['frontend'],
    });
    expect(JSON.stringify(visibleToBrowser)).not.toContain('not-a-real');
    const secrets = schema.process(appConfigs, { visibility: ['secret'] });
    expect(JSON.stringify(secrets)).toContain('not-a-real-prometheus-token');
  });

  it('keeps the development publisher in the development configuration', async () => {
    const config = new ConfigReader(
      await loadMergedConfig(CONFIG_FILES.development, {}),
    );
    expect(
      config.getString('localplus.scaffolder.localPublisher.directory'),
    ).toMatch(/\.devdata\/scaffolded$/);
  });
});
