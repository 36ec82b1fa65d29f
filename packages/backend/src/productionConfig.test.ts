import { ConfigSources, loadConfigSchema } from '@backstage/config-loader';
import { findDevelopmentValueViolations } from '@localplus/backend-platform';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

const productionEnvironment: Record<string, string> = {
  POSTGRES_HOST: 'db.example',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'portal',
  POSTGRES_PASSWORD: 'not-a-real-password',
  CACHE_URL: 'redis://cache.example:6379',
  GITHUB_TOKEN: 'not-a-real-token',
  AUTH_GITHUB_CLIENT_ID: 'id',
  AUTH_GITHUB_CLIENT_SECRET: 'secret',
  EKS_DEV_API_URL: 'https://dev.eks.example',
  EKS_STAGING_API_URL: 'https://staging.eks.example',
  EKS_PROD_API_URL: 'https://prod.eks.example',
  EKS_DEV_CA_DATA: 'Y2E=',
  EKS_STAGING_CA_DATA: 'Y2E=',
  EKS_PROD_CA_DATA: 'Y2E=',
  EKS_READER_ROLE_ARN: 'arn:aws:iam::123456789012:role/portal-eks-reader',
  PROMETHEUS_PROD_URL: 'https://prometheus.prod.example',
  PROMETHEUS_PROD_PUBLIC_URL: 'https://grafana.prod.example/prometheus',
  PROMETHEUS_PROD_TOKEN: 'not-a-real-prometheus-token',
  PROMETHEUS_STAGING_URL: 'https://prometheus.staging.example',
  PROMETHEUS_STAGING_PUBLIC_URL: 'https://grafana.staging.example/prometheus',
  PROMETHEUS_STAGING_TOKEN: 'not-a-real-staging-token',
  ARGOCD_URL: 'https://argocd.example',
  ARGOCD_TOKEN: 'not-a-real-argocd-token',
  ONCALL_WEBHOOK_SECRET: 'not-a-real-webhook-secret',
  ONCALL_CALENDAR_SIGNING_SECRET: 'not-a-real-signing-secret',
  PAGERDUTY_TOKEN: 'not-a-real-pagerduty-token',
};

/** The configuration production runs with: the base file, then the production overrides. */
async function loadProductionConfig() {
  const source = ConfigSources.default({
    argv: [
      'node',
      'backend',
      ...['app-config.yaml', 'app-config.production.yaml'].flatMap(file => [
        '--config',
        path.join(root, file),
      ]),
    ],
    substitutionFunc: async name => productionEnvironment[name],
    env: {},
  });
  const config = await ConfigSources.toConfig(source);
  config.close();
  return config;
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
      'https://prometheus.prod.example',
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
    const source = ConfigSources.default({
      argv: ['node', 'backend', '--config', path.join(root, 'app-config.yaml')],
      env: {},
    });
    const config = await ConfigSources.toConfig(source);
    config.close();
    expect(
      config.getString('localplus.scaffolder.localPublisher.directory'),
    ).toMatch(/\.devdata\/scaffolded$/);
  });
});
