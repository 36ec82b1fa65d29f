/**
 * Dev and test only, never deployed: Kubernetes, Argo CD and PagerDuty API
 * simulators serving the catalog's components, a Prometheus with synthetic
 * LOCAL-PLUS traffic and the catalog's SLO alerts, and an Alertmanager
 * paging the portal (see README.md).
 */
export { startDevstack, devstackConfigFromEnv } from './startDevstack';
export type { Devstack, DevstackConfig } from './startDevstack';
export { startKubernetesSimulator } from './kubernetes/startKubernetesSimulator';
export type { KubernetesSimulator } from './kubernetes/startKubernetesSimulator';
export { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
export {
  startPagerDutySimulator,
  type PagerDutySimulatorHandle,
  type PagerDutySimulatorOptions,
} from './pagerduty/startPagerDutySimulator';
export type { SimulatorHandle } from './startSimulator';
export { buildDevstackDataset } from './dataset/buildDevstackDataset';
export type { DevstackDataset } from './dataset/buildDevstackDataset';
export {
  startLocalplusPrometheus,
  type LocalplusPrometheus,
  type LocalplusPrometheusOptions,
} from './prometheus/startLocalplusPrometheus';
