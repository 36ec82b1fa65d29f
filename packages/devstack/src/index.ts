/**
 * Dev and test only, never deployed: Kubernetes, Argo CD, PagerDuty and
 * GitHub API simulators serving the catalog's components, a Prometheus with
 * synthetic LOCAL-PLUS traffic and the catalog's SLO alerts, and an
 * Alertmanager paging the portal (see README.md).
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
export {
  startGithubSimulator,
  type GithubSimulatorHandle,
  type GithubSimulatorOptions,
} from './github/startGithubSimulator';
export { WEAK_DEMO_REPOSITORY } from './github/demoGithub';
export type {
  GithubBranchProtectionRecord,
  GithubDataset,
  GithubRepositoryRecord,
} from './github/githubDataset';
export type { SimulatorHandle } from './startSimulator';
export { buildDevstackDataset } from './dataset/buildDevstackDataset';
export type { DevstackDataset } from './dataset/buildDevstackDataset';
export {
  startLocalplusPrometheus,
  type LocalplusPrometheus,
  type LocalplusPrometheusOptions,
} from './prometheus/startLocalplusPrometheus';
