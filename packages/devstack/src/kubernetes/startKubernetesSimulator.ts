import { DEVSTACK_DEFAULTS } from '../config';
import {
  SimulatorHandle,
  SimulatorOptions,
  startSimulator,
} from '../startSimulator';
import { CLUSTER_PATH_PREFIX, createKubernetesApp } from './kubernetesApi';

export interface KubernetesSimulator extends SimulatorHandle {
  /** API server URL of each cluster, e.g. `{ 'eks-dev': 'http://127.0.0.1:7701/clusters/eks-dev' }`. */
  clusterUrls: Record<string, string>;
}

/** Starts the simulated API servers of eks-dev, eks-staging and eks-prod. */
export async function startKubernetesSimulator(
  options: SimulatorOptions = {},
): Promise<KubernetesSimulator> {
  const handle = await startSimulator(
    options,
    DEVSTACK_DEFAULTS.kubernetesPort,
    dataset => dataset.clusters.map(cluster => cluster.name),
    (dataset, faults) =>
      createKubernetesApp(dataset, faults, {
        token: options.token ?? DEVSTACK_DEFAULTS.kubernetesToken,
        adminEndpoints: options.adminEndpoints ?? false,
      }),
  );
  const urls = handle.dataset.clusters.map(({ name }) => [
    name,
    `${handle.url}${CLUSTER_PATH_PREFIX}/${name}`,
  ]);
  return { ...handle, clusterUrls: Object.fromEntries(urls) };
}
