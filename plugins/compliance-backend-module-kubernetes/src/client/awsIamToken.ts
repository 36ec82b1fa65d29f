import type { AwsIamStrategy } from '@backstage/plugin-kubernetes-backend';
import type { ClusterConfig } from '../config/readKubernetesConfig';
import { KubernetesRequestError } from './KubernetesRequestError';

/** The cluster description the Kubernetes backend's auth strategies read. */
export type ClusterDetails = Parameters<AwsIamStrategy['getCredential']>[0];

/** A collector cluster as the Kubernetes backend would describe it. */
export function toClusterDetails(cluster: ClusterConfig): ClusterDetails {
  return {
    name: cluster.name,
    url: cluster.url,
    authMetadata: {
      'kubernetes.io/auth-provider': cluster.authProvider,
      ...cluster.authMetadata,
    },
    skipTLSVerify: cluster.skipTLSVerify,
    caData: cluster.caData,
    caFile: cluster.caFile,
  };
}

/**
 * The EKS bearer token (`k8s-aws-v1.` and a presigned STS
 * GetCallerIdentity URL) the Kubernetes backend's own AWS strategy makes for
 * the cluster: the signing is Backstage's, so the collector authenticates
 * exactly as the portal's Kubernetes tab does. AWS failures (no credentials,
 * a refused assume-role) become the cluster's `unauthorized` error; their
 * messages name roles and reasons, not secrets.
 */
export async function awsIamToken(
  strategy: Pick<AwsIamStrategy, 'getCredential'>,
  cluster: ClusterConfig,
): Promise<string> {
  let credential: Awaited<ReturnType<AwsIamStrategy['getCredential']>>;
  try {
    credential = await strategy.getCredential(toClusterDetails(cluster));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KubernetesRequestError(
      'unauthorized',
      `${
        cluster.name
      } uses authProvider aws and no AWS token could be made: ${reason.slice(
        0,
        300,
      )}`,
    );
  }
  if (credential.type !== 'bearer token') {
    throw new KubernetesRequestError(
      'unauthorized',
      `${cluster.name} uses authProvider aws and the AWS strategy gave no bearer token`,
    );
  }
  return credential.token;
}
