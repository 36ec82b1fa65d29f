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
  SHARED_FETCHES_MAX_ENTRIES,
  type SharedFetchesOptions,
} from './SharedFetchesKubernetesFetcher';
export { callerIdentity, PORTAL_IDENTITY_AUTH_PROVIDERS } from './fetchKeys';
export {
  DEFAULT_SHARED_FETCH_SECONDS,
  MAX_SHARED_FETCH_SECONDS,
  readSharedFetchMaxAgeMs,
} from './readSharedFetchesConfig';
