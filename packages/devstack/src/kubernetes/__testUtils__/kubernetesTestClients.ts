import { ApiException, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import {
  KubernetesSimulator,
  startKubernetesSimulator,
} from '../startKubernetesSimulator';

export const TEST_TOKEN = 'test-service-account-token';
export const TEST_NOW = new Date('2026-01-15T12:00:00Z');
export const LEDGER_SELECTOR = 'backstage.io/kubernetes-id=svc-ledger';

/**
 * Starts a simulator for the enclosing test file and gives clients for it,
 * configured the way the Backstage Kubernetes backend configures them.
 */
export function setUpKubernetesSimulator() {
  let simulator: KubernetesSimulator;

  beforeAll(async () => {
    simulator = await startKubernetesSimulator({
      port: 0,
      token: TEST_TOKEN,
      now: TEST_NOW,
    });
  });
  afterAll(() => simulator.close());
  afterEach(() => simulator.clearFaults());

  /** `token: null` sends no credentials at all. */
  const kubeConfig = (
    cluster: string,
    token: string | null = TEST_TOKEN,
  ): KubeConfig => {
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: cluster,
          server: simulator.clusterUrls[cluster],
          skipTLSVerify: true,
        },
      ],
      users: [{ name: 'backstage', ...(token !== null && { token }) }],
      contexts: [{ name: cluster, cluster, user: 'backstage' }],
      currentContext: cluster,
    });
    return kc;
  };

  return {
    simulator: () => simulator,
    kubeConfig,
    core: (cluster: string, token?: string | null) =>
      kubeConfig(cluster, token).makeApiClient(CoreV1Api),
    /** A plain fetch against eks-dev (or `cluster`), with the token. */
    raw: (path: string, init: RequestInit = {}, cluster = 'eks-dev') =>
      fetch(`${simulator.clusterUrls[cluster]}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${TEST_TOKEN}`, ...init.headers },
      }),
  };
}

/** The ApiException a client call fails with. */
export async function failure(
  promise: Promise<unknown>,
): Promise<ApiException<string>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiException) {
      return error as ApiException<string>;
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}
