import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  readCollectorSettings,
  readConfiguredClusters,
} from './readKubernetesConfig';

const REPO = path.resolve(__dirname, '../../../..');

/** What production's environment gives the `${...}` of app-config.production.yaml. */
const ENV: Record<string, string> = {
  EKS_DEV_API_URL: 'https://dev.eks.example',
  EKS_STAGING_API_URL: 'https://staging.eks.example',
  EKS_PROD_API_URL: 'https://prod.eks.example',
};

/** A repository config file with its `${VAR}` and `${VAR:-default}` filled in, as the backend loads it. */
function appConfig(file: string) {
  const text = fs
    .readFileSync(path.join(REPO, file), 'utf8')
    .replace(
      /\$\{(\w+)(?::-([^}]*))?\}/g,
      (_, name: string, fallback?: string) => ENV[name] ?? fallback ?? 'unset',
    );
  return new ConfigReader(YAML.parse(text));
}

const cluster = (extra: object = {}) => ({
  name: 'eks-dev',
  url: 'https://eks.example/api',
  authProvider: 'serviceAccount',
  serviceAccountToken: 'secret-token-value-1234',
  ...extra,
});

const config = (clusters: object[], more: object = {}) =>
  new ConfigReader({
    kubernetes: {
      clusterLocatorMethods: [
        { type: 'catalog' },
        { type: 'config', clusters },
      ],
    },
    ...more,
  });

describe('reading the clusters the Kubernetes backend is configured with', () => {
  it("reads the dev stack's clusters from app-config.yaml", () => {
    const clusters = readConfiguredClusters(appConfig('app-config.yaml'));
    expect(
      clusters.map(c => [c.name, c.authProvider, c.skipTLSVerify]),
    ).toEqual([
      ['eks-dev', 'serviceAccount', true],
      ['eks-staging', 'serviceAccount', true],
      ['eks-prod', 'serviceAccount', true],
    ]);
    expect(clusters[0].url).toMatch(/\/clusters\/eks-dev$/);
    expect(clusters[0].serviceAccountToken).toBeDefined();
  });

  it('reads the production clusters, which sign with AWS IAM', () => {
    const clusters = readConfiguredClusters(
      appConfig('app-config.production.yaml'),
    );
    expect(
      clusters.map(c => [c.name, c.authProvider, c.skipTLSVerify]),
    ).toEqual([
      ['eks-dev', 'aws', false],
      ['eks-staging', 'aws', false],
      ['eks-prod', 'aws', false],
    ]);
    expect(clusters.map(c => c.authMetadata)).toEqual(
      ['eks-dev', 'eks-staging', 'eks-prod'].map(id => ({
        'kubernetes.io/aws-assume-role': 'unset',
        'kubernetes.io/x-k8s-aws-id': id,
      })),
    );
  });

  it('reads authMetadata as the Kubernetes backend does, with assumeRole and externalId folded in', () => {
    const [legacy, block] = readConfiguredClusters(
      config([
        cluster({
          authProvider: 'aws',
          serviceAccountToken: undefined,
          assumeRole: 'arn:aws:iam::123456789012:role/reader',
          externalId: 'ext-1',
        }),
        cluster({
          name: 'eks-prod',
          authProvider: undefined,
          serviceAccountToken: undefined,
          authMetadata: {
            'kubernetes.io/auth-provider': 'serviceAccount',
            serviceAccountToken: 'secret-token-value-5678',
          },
        }),
      ]),
    );
    expect(legacy).toMatchObject({
      authProvider: 'aws',
      authMetadata: {
        'kubernetes.io/aws-assume-role':
          'arn:aws:iam::123456789012:role/reader',
        'kubernetes.io/aws-external-id': 'ext-1',
      },
    });
    expect(block).toMatchObject({
      authProvider: 'serviceAccount',
      serviceAccountToken: 'secret-token-value-5678',
    });
  });

  it('strips a trailing slash and reads the CA', () => {
    expect(
      readConfiguredClusters(
        config([cluster({ url: 'https://eks.example/', caData: 'Q0E=' })]),
      )[0],
    ).toEqual({
      name: 'eks-dev',
      url: 'https://eks.example',
      authProvider: 'serviceAccount',
      serviceAccountToken: 'secret-token-value-1234',
      skipTLSVerify: false,
      caData: 'Q0E=',
      caFile: undefined,
    });
    expect(readConfiguredClusters(new ConfigReader({}))).toEqual([]);
  });

  it.each([
    [
      [cluster({ url: 'ftp://eks' })],
      'kubernetes.clusterLocatorMethods[1].clusters[0].url must be an http or https URL without credentials, query or fragment',
    ],
    [
      [cluster({ url: 'https://user:pw@eks' })],
      'kubernetes.clusterLocatorMethods[1].clusters[0].url must be an http or https URL without credentials, query or fragment',
    ],
    [
      [cluster({ url: 'not a url' })],
      'kubernetes.clusterLocatorMethods[1].clusters[0].url must be an http or https URL',
    ],
    [
      [cluster({ name: '../x' })],
      'kubernetes.clusterLocatorMethods[1].clusters[0].name must be a short name',
    ],
    [
      [cluster(), cluster()],
      'kubernetes.clusterLocatorMethods: the cluster name eks-dev is used twice',
    ],
    [
      [cluster({ authProvider: undefined })],
      'kubernetes.clusterLocatorMethods[1].clusters[0].authProvider is missing',
    ],
    [
      [cluster({ authMetadata: ['kubernetes.io/aws-assume-role'] })],
      'kubernetes.clusterLocatorMethods[1].clusters[0].authMetadata must be a mapping of strings',
    ],
    [
      [
        cluster({
          authMetadata: { 'kubernetes.io/x-k8s-aws-id': { $ref: '../x' } },
        }),
      ],
      'kubernetes.clusterLocatorMethods[1].clusters[0].authMetadata["kubernetes.io/x-k8s-aws-id"] must be a string',
    ],
  ])(
    'fails startup on %j, naming the key and not the token',
    (clusters, message) => {
      let thrown: Error | undefined;
      try {
        readConfiguredClusters(config(clusters));
      } catch (error) {
        thrown = error as Error;
      }
      expect(thrown?.message).toContain(message);
      expect(thrown?.message).not.toContain('secret-token-value');
    },
  );

  it('reads the collector settings, with bounds', () => {
    expect(readCollectorSettings(new ConfigReader({}))).toEqual({
      requestTimeoutMs: 15_000,
      kustomizeTimeoutMs: 60_000,
      kubectl: 'kubectl',
    });
    expect(
      readCollectorSettings(
        new ConfigReader({
          compliance: {
            kubernetes: {
              requestTimeoutSeconds: 5,
              kubectl: '/usr/bin/kubectl',
            },
          },
        }),
      ),
    ).toMatchObject({ requestTimeoutMs: 5000, kubectl: '/usr/bin/kubectl' });
    expect(() =>
      readCollectorSettings(
        new ConfigReader({
          compliance: { kubernetes: { kustomizeTimeoutSeconds: 0.5 } },
        }),
      ),
    ).toThrow(
      'compliance.kubernetes.kustomizeTimeoutSeconds must be a whole number of seconds from 1 to 600, got 0.5',
    );
  });
});
