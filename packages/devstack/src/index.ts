/**
 * Dev and test only: simulators of the Kubernetes API (clusters eks-dev,
 * eks-staging, eks-prod) and of the central Argo CD API, serving the
 * LOCAL-PLUS catalog's deployable components, and a real Prometheus with
 * synthetic, deterministic LOCAL-PLUS traffic. Never part of a production
 * deployment. The generic servers (Prometheus, Alertmanager, PostgreSQL)
 * are in `@localplus/server-kit`.
 */
export { startDevstack, devstackConfigFromEnv } from './startDevstack';
export type { Devstack, DevstackConfig } from './startDevstack';
export { startKubernetesSimulator } from './kubernetes/startKubernetesSimulator';
export type { KubernetesSimulator } from './kubernetes/startKubernetesSimulator';
export { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
export type { SimulatorHandle } from './http';
export { buildDevstackDataset } from './dataset/buildDevstackDataset';
export type { DevstackDataset } from './dataset/buildDevstackDataset';
export {
  startLocalplusPrometheus,
  type LocalplusPrometheus,
  type LocalplusPrometheusOptions,
} from './prometheus/startLocalplusPrometheus';
