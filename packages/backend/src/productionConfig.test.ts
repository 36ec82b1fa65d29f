import { ConfigSources } from '@backstage/config-loader';
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
