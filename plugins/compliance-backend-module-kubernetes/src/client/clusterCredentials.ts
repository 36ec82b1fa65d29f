import { ConfigReader, type Config } from '@backstage/config';
import { AwsIamStrategy } from '@backstage/plugin-kubernetes-backend';
import fs from 'node:fs/promises';
import type { ClusterConfig } from '../config/readKubernetesConfig';
import { awsIamToken } from './awsIamToken';
import { KubernetesRequestError } from './KubernetesRequestError';

/** Where a pod finds its own service account token, as the Kubernetes backend reads it. */
export const IN_CLUSTER_TOKEN_FILE =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

export interface ClusterCredentialsOptions {
  /**
   * The root config. Its `aws` section (`mainAccount`, `accounts`) chooses
   * the AWS credentials exactly as for the Kubernetes backend; without it
   * the AWS SDK's default chain is used (environment, web identity, instance
   * role).
   */
  config?: Config;
  /** The token file of `serviceAccount` clusters without a configured token. */
  tokenFile?: string;
}

/**
 * The bearer token for a cluster, or none, by its `authProvider`:
 * `serviceAccount` clusters use their configured token, or the backend pod's
 * own (read at each run, as projected tokens rotate); `aws` clusters get the
 * token the Kubernetes backend's `AwsIamStrategy` signs; `localKubectlProxy`
 * needs none. Other providers (google, oidc, azure, aks, ...) are refused,
 * naming the provider: the cluster's checks report it as an error.
 */
export class ClusterCredentials {
  private aws?: AwsIamStrategy;

  constructor(private readonly options: ClusterCredentialsOptions = {}) {}

  async token(cluster: ClusterConfig): Promise<string | undefined> {
    switch (cluster.authProvider) {
      case 'localKubectlProxy':
        return undefined;
      case 'serviceAccount':
        return this.serviceAccountToken(cluster);
      case 'aws':
        // Built on first use: it reads the `aws` config and sets up the SDK.
        this.aws ??= new AwsIamStrategy({
          config: this.options.config ?? new ConfigReader({}),
        });
        return awsIamToken(this.aws, cluster);
      default:
        throw new KubernetesRequestError(
          'unsupported-auth',
          `the compliance collector reads clusters with authProvider serviceAccount (a read-only token), aws or localKubectlProxy; ${cluster.name} uses ${cluster.authProvider}`,
        );
    }
  }

  private async serviceAccountToken(cluster: ClusterConfig): Promise<string> {
    if (cluster.serviceAccountToken) return cluster.serviceAccountToken;
    try {
      const file = this.options.tokenFile ?? IN_CLUSTER_TOKEN_FILE;
      return (await fs.readFile(file, 'utf8')).trim();
    } catch {
      throw new KubernetesRequestError(
        'unauthorized',
        `${cluster.name} has no serviceAccountToken and the backend runs without a service account token of its own`,
      );
    }
  }
}
