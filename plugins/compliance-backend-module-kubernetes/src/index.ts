/**
 * The Kubernetes evidence collector of the LOCAL-PLUS compliance backend:
 * admission policies on running workloads and rendered manifests, node
 * regions, storage and pod-to-pod encryption, log retention and scrubbing.
 *
 * @packageDocumentation
 */
export { complianceModuleKubernetesCollector as default } from './module';
export {
  KubernetesEvidenceCollector,
  KUBERNETES_COLLECTOR_ID,
  type KubernetesEvidenceCollectorOptions,
} from './KubernetesEvidenceCollector';
export {
  readConfiguredClusters,
  readCollectorSettings,
  type ClusterConfig,
  type KubernetesCollectorSettings,
} from './config/readKubernetesConfig';
export {
  KUBERNETES_ID_ANNOTATION,
  OVERLAYS_ANNOTATION,
} from './catalog/readCatalog';
