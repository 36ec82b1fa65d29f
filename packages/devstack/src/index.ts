/**
 * Dev and test only, never deployed: Kubernetes and Argo CD API simulators
 * serving the catalog's components, and a Prometheus with synthetic
 * LOCAL-PLUS traffic (see README.md).
 */
export { startDevstack, devstackConfigFromEnv } from './startDevstack';
export type { Devstack, DevstackConfig } from './startDevstack';
export { startKubernetesSimulator } from './kubernetes/startKubernetesSimulator';
export type { KubernetesSimulator } from './kubernetes/startKubernetesSimulator';
export { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
export type { SimulatorHandle } from './startSimulator';
export { buildDevstackDataset } from './dataset/buildDevstackDataset';
export type { DevstackDataset } from './dataset/buildDevstackDataset';
export {
  startLocalplusPrometheus,
  type LocalplusPrometheus,
  type LocalplusPrometheusOptions,
} from './prometheus/startLocalplusPrometheus';
