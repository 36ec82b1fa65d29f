import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  KubernetesSimulator,
  startKubernetesSimulator,
} from '@localplus/devstack';
import type { ClusterConfig } from '../config/readKubernetesConfig';
import {
  KubernetesEvidenceCollector,
  KubernetesEvidenceCollectorOptions,
} from '../KubernetesEvidenceCollector';

export const SIMULATOR_TOKEN = 'compliance-test-kubernetes-token-0123';
export const SIMULATOR_NOW = new Date('2026-01-15T12:00:00Z');

/** The clusters as app-config.yaml configures them for the dev stack. */
export function simulatorClusters(
  simulator: KubernetesSimulator,
  overrides: Partial<ClusterConfig> = {},
): ClusterConfig[] {
  return Object.entries(simulator.clusterUrls).map(([name, url]) => ({
    name,
    url,
    authProvider: 'serviceAccount',
    serviceAccountToken: SIMULATOR_TOKEN,
    // The simulator speaks plain HTTP.
    skipTLSVerify: true,
    ...overrides,
  }));
}

/**
 * The dev stack's Kubernetes simulator for the enclosing test file, and a
 * collector reading it with a catalog of `entities`.
 */
export function setUpSimulator() {
  let simulator: KubernetesSimulator;
  beforeAll(async () => {
    simulator = await startKubernetesSimulator({
      port: 0,
      token: SIMULATOR_TOKEN,
      now: SIMULATOR_NOW,
    });
  });
  afterAll(() => simulator.close());
  afterEach(() => simulator.clearFaults());

  const collector = (
    entities: Entity[],
    options: Partial<KubernetesEvidenceCollectorOptions> = {},
  ) =>
    new KubernetesEvidenceCollector({
      clusters: simulatorClusters(simulator),
      settings: {
        requestTimeoutMs: 5000,
        kustomizeTimeoutMs: 60_000,
        kubectl: 'kubectl',
      },
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      urlReader: mockServices.urlReader.mock(),
      ...options,
    });
  return { simulator: () => simulator, collector };
}
