import fs from 'node:fs/promises';
import type { ClusterConfig } from '../config/readKubernetesConfig';
import { KubernetesRequestError } from './KubernetesRequestError';

/** Where a pod finds its own service account token, as the Kubernetes backend reads it. */
export const IN_CLUSTER_TOKEN_FILE =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * The bearer token for a cluster, or none. `serviceAccount` clusters use
 * their configured token, or the backend pod's own (read at each run, as
 * projected tokens rotate); `localKubectlProxy` needs none. Providers that
 * sign requests with cloud credentials (aws, google, azure, oidc) are not
 * supported here: the cluster's checks report it as an error.
 */
export async function clusterToken(
  cluster: ClusterConfig,
  tokenFile = IN_CLUSTER_TOKEN_FILE,
): Promise<string | undefined> {
  if (cluster.authProvider === 'localKubectlProxy') return undefined;
  if (cluster.authProvider !== 'serviceAccount') {
    throw new KubernetesRequestError(
      'unsupported-auth',
      `the compliance collector reads clusters with authProvider serviceAccount (a read-only token) or localKubectlProxy; ${cluster.name} uses ${cluster.authProvider}`,
    );
  }
  if (cluster.serviceAccountToken) return cluster.serviceAccountToken;
  try {
    return (await fs.readFile(tokenFile, 'utf8')).trim();
  } catch {
    throw new KubernetesRequestError(
      'unauthorized',
      `${cluster.name} has no serviceAccountToken and the backend runs without a service account token of its own`,
    );
  }
}
