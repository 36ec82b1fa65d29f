/**
 * Dev and test only: simulators of the Kubernetes API (clusters eks-dev,
 * eks-staging, eks-prod) and of the central Argo CD API, serving the
 * LOCAL-PLUS catalog's deployable components. Never part of a production
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
