import { createHash } from 'node:crypto';
import type {
  ClusterDetails,
  KubernetesCredential,
  ObjectFetchParams,
} from '@backstage/plugin-kubernetes-node';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';

/**
 * Auth providers of Backstage's Kubernetes backend that call a cluster as
 * the portal itself, whoever is looking: the cluster's configuration
 * (role, service account, managed identity) decides the identity, not the
 * request. Their credentials may still change between calls (an EKS token
 * is a presigned URL with the time in it), so for these the cluster's
 * configuration names the identity. Any other provider (oidc, google,
 * aks, one added by a module) may carry the viewer's own token, and only
 * that exact credential shares a fetch.
 */
export const PORTAL_IDENTITY_AUTH_PROVIDERS: ReadonlySet<string> = new Set([
  'aws',
  'azure',
  'googleServiceAccount',
  'localKubectlProxy',
  'serviceAccount',
]);

function digest(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

function sortedEntries(record: Record<string, string> | undefined) {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Who a fetch asks the cluster as, and which cluster: a digest, no secret kept. */
export function callerIdentity(
  cluster: ClusterDetails,
  credential: KubernetesCredential,
): string {
  const provider = cluster.authMetadata?.[ANNOTATION_KUBERNETES_AUTH_PROVIDER];
  const clusterParts = [cluster.name, cluster.url];
  if (provider !== undefined && PORTAL_IDENTITY_AUTH_PROVIDERS.has(provider)) {
    return digest([
      ...clusterParts,
      'portal',
      sortedEntries(cluster.authMetadata),
    ]);
  }
  return digest([...clusterParts, 'viewer', credential]);
}

/** The same list calls for the same service, as the same caller. */
export function objectsFetchKey(params: ObjectFetchParams): string {
  const types = [...params.objectTypesToFetch, ...params.customResources]
    .map(t => [t.objectType, t.group, t.apiVersion, t.plural].join('/'))
    .sort();
  return digest([
    'objects',
    callerIdentity(params.clusterDetails, params.credential),
    params.serviceId,
    params.labelSelector ?? null,
    params.namespace ?? null,
    types,
  ]);
}

/** The same pod metrics lookup, as the same caller. */
export function podMetricsFetchKey(
  cluster: ClusterDetails,
  credential: KubernetesCredential,
  namespaces: ReadonlySet<string>,
  labelSelector: string | undefined,
): string {
  return digest([
    'podMetrics',
    callerIdentity(cluster, credential),
    [...namespaces].sort(),
    labelSelector ?? null,
  ]);
}
