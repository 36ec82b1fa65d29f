/**
 * Kubernetes backend module: views that ask a cluster the same question as
 * the same caller within a few seconds share one set of list calls.
 *
 * @packageDocumentation
 */
export { kubernetesModuleSharedFetches as default } from './module';
export { kubernetesModuleSharedFetches } from './module';
export {
  SharedFetchesKubernetesFetcher,
  type SharedFetchesOptions,
} from './SharedFetchesKubernetesFetcher';
