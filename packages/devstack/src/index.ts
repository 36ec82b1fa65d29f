/**
 * Dev and test only: simulators of the Kubernetes API (clusters eks-dev,
 * eks-staging, eks-prod) and of the central Argo CD API, serving the
 * LOCAL-PLUS catalog's deployable components, and a real Prometheus with
 * synthetic, deterministic LOCAL-PLUS traffic. Never part of a production
 * deployment.
 */
export { startKubernetesSimulator } from './kubernetes/startKubernetesSimulator';
export type {
  KubernetesSimulator,
  KubernetesSimulatorOptions,
} from './kubernetes/startKubernetesSimulator';
export { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
export type { ArgoCdSimulatorOptions } from './argocd/startArgoCdSimulator';
export type { SimulatorHandle } from './simulatorHandle';
export type { Fault, FaultSpec } from './faults/FaultRegistry';
export { FAULT_ADMIN_PATH } from './faults/faultAdminRouter';
export { startDevstack, devstackConfigFromEnv } from './startDevstack';
export type { Devstack, DevstackConfig } from './startDevstack';
export { DEVSTACK_DEFAULTS } from './defaults';

export {
  buildDevstackDataset,
  expectedPods,
  findWorkload,
} from './dataset/buildDevstackDataset';
export type {
  ClusterDataset,
  DevstackDataset,
  DevstackDatasetOptions,
  WorkloadDataset,
} from './dataset/buildDevstackDataset';
export { DEFAULT_SCENARIOS } from './dataset/scenarios';
export type { Scenarios, ScenarioTarget } from './dataset/scenarios';
export { ENVIRONMENTS, SERVICE_TEMPLATE } from './dataset/seedFacts';
export type { ClusterEnvironment, EnvironmentName } from './dataset/seedFacts';
export type { ArgoApplication } from './dataset/argocd/buildApplication';
export type { KubeObject } from './dataset/kubernetes/objectMeta';
export {
  loadDeployableComponents,
  type DeployableComponent,
} from './catalog/deployableComponents';
export { defaultCatalogDir } from './catalog/readCatalogEntities';
export {
  parseLabelSelector,
  matchesLabelSelector,
} from './kubernetes/labelSelector';

export {
  startPrometheus,
  type RunningPrometheus,
  type StartPrometheusOptions,
} from './prometheus/startPrometheus';
export {
  PrometheusStartError,
  type LaunchedPrometheus,
} from './prometheus/launchPrometheus';
export type { PrometheusHistory } from './prometheus/backfillHistory';
export type { PrometheusScrapeTarget } from './prometheus/prometheusConfig';
export {
  formatLabels,
  formatValue,
  seriesKey,
  withLabels,
  type SyntheticSeries,
} from './prometheus/syntheticSeries';
export {
  sampleTimesMs,
  type SampleSchedule,
  type SampleSchedules,
} from './prometheus/sampleSchedule';
export {
  writeOpenMetrics,
  type OpenMetricsFileStats,
} from './prometheus/writeOpenMetrics';
export {
  exposition,
  startMetricsExporter,
  type MetricsExporter,
  type MetricsExporterOptions,
} from './prometheus/startMetricsExporter';
export {
  instantQuery,
  instantValue,
  type InstantSample,
} from './prometheus/instantQuery';
export {
  LATENCY_THRESHOLD_LABEL,
  LOCALPLUS_HISTORY_DAYS,
  LOCALPLUS_PROBE_SCENARIOS,
  LOCALPLUS_TRAFFIC_SCENARIOS,
  localplusTraffic,
  type ProbeScenario,
  type ServiceTrafficScenario,
  type TrafficState,
} from './prometheus/localplusTraffic';
export {
  LOCALPLUS_TRAFFIC_JOB,
  startLocalplusPrometheus,
  type LocalplusPrometheus,
  type LocalplusPrometheusOptions,
} from './prometheus/startLocalplusPrometheus';
