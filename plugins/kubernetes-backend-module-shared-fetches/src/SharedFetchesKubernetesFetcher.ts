import type {
  ClusterDetails,
  FetchResponseWrapper,
  KubernetesCredential,
  KubernetesFetcher,
  ObjectFetchParams,
} from '@backstage/plugin-kubernetes-node';
import { LRUCache } from 'lru-cache';
import { objectsFetchKey, podMetricsFetchKey } from './fetchKeys';

/** Fetches kept at most (the oldest go first). */
export const SHARED_FETCHES_MAX_ENTRIES = 2_000;

export interface SharedFetchesOptions {
  /** How long a fetch, from its start, answers the same question. */
  maxAgeMs: number;
  maxEntries?: number;
  /** Milliseconds; a test's clock. */
  now?: () => number;
}

/**
 * Backstage's Kubernetes fetcher, with one fetch shared by every view that
 * asks a cluster the same question as the same caller within a few seconds.
 *
 * A view of a service's Kubernetes tab lists each object type in each
 * cluster (about ten calls per cluster, then the pod metrics), and the tab
 * asks again every few seconds while it is open. During an incident many
 * people have the same service open, so the clusters' API servers and the
 * portal answer the same lists over and over. Here:
 * - the question is the service, its label selector and namespace, the
 *   object types and the cluster (`objectsFetchKey`, `podMetricsFetchKey`);
 * - the caller is the portal itself for providers that call as the portal
 *   (service account, AWS role, ...), and the exact credential otherwise,
 *   so a viewer's own token never answers someone else (`callerIdentity`);
 * - a fetch under way is shared at once, and one that came back without
 *   errors answers until `maxAgeMs` after it started; a failed fetch, or one
 *   that reported errors, is asked again by the next view;
 * - each caller gets its own copy of the lists (the Kubernetes backend
 *   appends the pod metrics' errors to the error list).
 */
export class SharedFetchesKubernetesFetcher implements KubernetesFetcher {
  readonly #inner: KubernetesFetcher;
  readonly #fetches: LRUCache<string, Promise<FetchResponseWrapper>>;

  constructor(inner: KubernetesFetcher, options: SharedFetchesOptions) {
    this.#inner = inner;
    const now = options.now;
    this.#fetches = new LRUCache<string, Promise<FetchResponseWrapper>>({
      max: options.maxEntries ?? SHARED_FETCHES_MAX_ENTRIES,
      ttl: options.maxAgeMs,
      ttlAutopurge: false,
      // Read the clock at each lookup (the default reuses it for 1 ms).
      ttlResolution: 0,
      ...(now ? { perf: { now } } : {}),
    });
  }

  fetchObjectsForService(
    params: ObjectFetchParams,
  ): Promise<FetchResponseWrapper> {
    return this.#shared(objectsFetchKey(params), () =>
      this.#inner.fetchObjectsForService(params),
    );
  }

  fetchPodMetricsByNamespaces(
    clusterDetails: ClusterDetails,
    credential: KubernetesCredential,
    namespaces: Set<string>,
    labelSelector?: string,
  ): Promise<FetchResponseWrapper> {
    return this.#shared(
      podMetricsFetchKey(clusterDetails, credential, namespaces, labelSelector),
      () =>
        this.#inner.fetchPodMetricsByNamespaces(
          clusterDetails,
          credential,
          namespaces,
          labelSelector,
        ),
    );
  }

  async #shared(
    key: string,
    fetch: () => Promise<FetchResponseWrapper>,
  ): Promise<FetchResponseWrapper> {
    let shared = this.#fetches.get(key);
    if (!shared) {
      const started = fetch();
      shared = started;
      this.#fetches.set(key, started);
      started.then(
        result => {
          if (result.errors.length > 0) this.#forget(key, started);
        },
        () => this.#forget(key, started),
      );
    }
    const result = await shared;
    return { errors: [...result.errors], responses: [...result.responses] };
  }

  #forget(key: string, fetch: Promise<FetchResponseWrapper>) {
    if (this.#fetches.peek(key) === fetch) {
      this.#fetches.delete(key);
    }
  }
}
