import { listen } from '@localplus/server-kit';
import {
  buildDevstackDataset,
  DevstackDataset,
} from '../dataset/buildDevstackDataset';
import { DEVSTACK_DEFAULTS } from '../defaults';
import { FaultRegistry } from '../faults/FaultRegistry';
import { SimulatorHandle, simulatorHandle } from '../simulatorHandle';
import { ClusterStore } from './ClusterStore';
import { CLUSTER_PATH_PREFIX, createKubernetesApp } from './kubernetesApp';

export interface KubernetesSimulatorOptions {
  /** Defaults to 7701; 0 picks a free port (tests). */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** The service-account token every request must bear. */
  token?: string;
  /** Catalog folder to read components from; defaults to the repository's. */
  catalogDir?: string;
  /** Serve this dataset instead of building one (share it with the Argo CD simulator). */
  dataset?: DevstackDataset;
  /** The moment the data describes, when the dataset is built here. */
  now?: Date;
  /** Mount `/__devstack/faults` (the dev stack does; tests may). */
  adminEndpoints?: boolean;
}

export interface KubernetesSimulator extends SimulatorHandle {
  /** API server URL of each cluster, e.g. `{ 'eks-dev': 'http://127.0.0.1:7701/clusters/eks-dev' }`. */
  clusterUrls: Record<string, string>;
}

/** Starts the simulated API servers of eks-dev, eks-staging and eks-prod. */
export async function startKubernetesSimulator(
  options: KubernetesSimulatorOptions = {},
): Promise<KubernetesSimulator> {
  const dataset =
    options.dataset ??
    buildDevstackDataset({ catalogDir: options.catalogDir, now: options.now });
  const stores = dataset.clusters.map(
    cluster => new ClusterStore(cluster, dataset.now),
  );
  const faults = new FaultRegistry(stores.map(store => store.name));
  const app = createKubernetesApp({
    stores,
    token: options.token ?? DEVSTACK_DEFAULTS.kubernetesToken,
    faults,
    adminEndpoints: options.adminEndpoints ?? false,
  });
  const server = await listen(
    app,
    options.host ?? DEVSTACK_DEFAULTS.host,
    options.port ?? DEVSTACK_DEFAULTS.kubernetesPort,
  );
  return {
    ...simulatorHandle(server, dataset, faults),
    clusterUrls: Object.fromEntries(
      stores.map(store => [
        store.name,
        `${server.url}${CLUSTER_PATH_PREFIX}/${store.name}`,
      ]),
    ),
  };
}
