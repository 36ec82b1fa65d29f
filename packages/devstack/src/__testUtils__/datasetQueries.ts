import type {
  DevstackDataset,
  WorkloadDataset,
} from '../dataset/buildDevstackDataset';
import type { KubeObject } from '../dataset/kubeObject';

/** The workload of a `backstage.io/kubernetes-id` in a cluster, if deployed there. */
export function findWorkload(
  dataset: DevstackDataset,
  cluster: string,
  kubernetesId: string,
): WorkloadDataset | undefined {
  return dataset.clusters
    .find(c => c.name === cluster)
    ?.workloads.find(w => w.plan.component.kubernetesId === kubernetesId);
}

/** The pods a cluster reports for a `backstage.io/kubernetes-id`. */
export function expectedPods(
  dataset: DevstackDataset,
  cluster: string,
  kubernetesId: string,
): KubeObject[] {
  return findWorkload(dataset, cluster, kubernetesId)?.pods ?? [];
}
