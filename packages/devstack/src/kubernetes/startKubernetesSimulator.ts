import { listen } from '@localplus/server-kit';
import { DEVSTACK_DEFAULTS } from '../config';
import { buildDevstackDataset } from '../dataset/buildDevstackDataset';
import { FaultRegistry } from '../faults';
import { SimulatorHandle, simulatorHandle, SimulatorOptions } from '../http';
import { CLUSTER_PATH_PREFIX, createKubernetesApp } from './kubernetesApi';

export interface KubernetesSimulator extends SimulatorHandle {
  /** API server URL of each cluster, e.g. `{ 'eks-dev': 'http://127.0.0.1:7701/clusters/eks-dev' }`. */
  clusterUrls: Record<string, string>;
}

/** Starts the simulated API servers of eks-dev, eks-staging and eks-prod. */
export async function startKubernetesSimulator(
  options: SimulatorOptions = {},
): Promise<KubernetesSimulator> {
  const dataset = options.dataset ?? buildDevstackDataset(options);
  const names = dataset.clusters.map(cluster => cluster.name);
  const faults = new FaultRegistry(names);
  const app = createKubernetesApp({
    clusters: dataset.clusters,
    now: dataset.now,
    token: options.token ?? DEVSTACK_DEFAULTS.kubernetesToken,
    faults,
    adminEndpoints: options.adminEndpoints ?? false,
  });
  const server = await listen(
    app,
    options.host ?? DEVSTACK_DEFAULTS.host,
    options.port ?? DEVSTACK_DEFAULTS.kubernetesPort,
  );
  const urls = names.map(n => [n, `${server.url}${CLUSTER_PATH_PREFIX}/${n}`]);
  const handle = simulatorHandle(server, dataset, faults);
  return { ...handle, clusterUrls: Object.fromEntries(urls) };
}
