import type { Config } from '@backstage/config';

/** One cluster as the Kubernetes backend's `config` cluster locator describes it. */
export interface ClusterConfig {
  name: string;
  /** The API server's URL, without a trailing slash. */
  url: string;
  authProvider: string;
  /** Secret: sent to `url` only, never logged nor put in an observation. */
  serviceAccountToken?: string;
  /**
   * The cluster's `authMetadata`, with `assumeRole` and `externalId` folded
   * in under their `kubernetes.io/aws-*` keys as the Kubernetes backend does:
   * what its auth strategies (here the AWS one) read.
   */
  authMetadata?: Readonly<Record<string, string>>;
  skipTLSVerify: boolean;
  /** Base64 PEM of the API server's CA. */
  caData?: string;
  caFile?: string;
}

/** The collector's own settings, `compliance.kubernetes`. */
export interface KubernetesCollectorSettings {
  /** One request to an API server, the answer read included. */
  requestTimeoutMs: number;
  /** One `kubectl kustomize`, the copy of its sources included. */
  kustomizeTimeoutMs: number;
  /** The kubectl binary to render overlays with. */
  kubectl: string;
}

const CLUSTERS_KEY = 'kubernetes.clusterLocatorMethods';

/** The keys the Kubernetes backend gives the AWS strategy (`@backstage/plugin-kubernetes-common`). */
export const AWS_ASSUME_ROLE_KEY = 'kubernetes.io/aws-assume-role';
export const AWS_EXTERNAL_ID_KEY = 'kubernetes.io/aws-external-id';
export const AWS_CLUSTER_ID_KEY = 'kubernetes.io/x-k8s-aws-id';
const AUTH_PROVIDER_KEY = 'kubernetes.io/auth-provider';

function seconds(
  config: Config | undefined,
  key: string,
  fallback: number,
  max: number,
): number {
  const value = config?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(
      `compliance.kubernetes.${key} must be a whole number of seconds from 1 to ${max}, got ${value}`,
    );
  }
  return value * 1000;
}

/** Reads `compliance.kubernetes`, failing startup with the key at fault. */
export function readCollectorSettings(
  root: Config,
): KubernetesCollectorSettings {
  const config = root.getOptionalConfig('compliance.kubernetes');
  const kubectl = config?.getOptionalString('kubectl') ?? 'kubectl';
  if (kubectl.trim() === '' || /[\0\n]/.test(kubectl)) {
    throw new Error('compliance.kubernetes.kubectl must name a program');
  }
  return {
    requestTimeoutMs: seconds(config, 'requestTimeoutSeconds', 15, 300),
    kustomizeTimeoutMs: seconds(config, 'kustomizeTimeoutSeconds', 60, 600),
    kubectl,
  };
}

/**
 * `authMetadata` as the Kubernetes backend's config locator builds it. Read
 * whole (its keys contain dots, which `getString` would take for nesting);
 * every value must be a string.
 */
function readAuthMetadata(
  config: Config,
  at: string,
): Record<string, string> | undefined {
  const block = config.getOptional('authMetadata') ?? {};
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    throw new Error(`${at}.authMetadata must be a mapping of strings`);
  }
  const metadata: Record<string, string> = {};
  const assumeRole = config.getOptionalString('assumeRole');
  const externalId = config.getOptionalString('externalId');
  if (assumeRole) metadata[AWS_ASSUME_ROLE_KEY] = assumeRole;
  if (externalId) metadata[AWS_EXTERNAL_ID_KEY] = externalId;
  for (const [key, value] of Object.entries(block)) {
    if (typeof value !== 'string') {
      throw new Error(
        `${at}.authMetadata[${JSON.stringify(
          key.slice(0, 70),
        )}] must be a string`,
      );
    }
    metadata[key] = value;
  }
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}

function readCluster(config: Config, at: string): ClusterConfig {
  const name = config.getString('name');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) {
    throw new Error(
      `${at}.name must be a short name (letters, digits, . _ -), got ${JSON.stringify(
        name.slice(0, 70),
      )}`,
    );
  }
  const raw = config.getString('url');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${at}.url must be an http or https URL`);
  }
  if (
    !['http:', 'https:'].includes(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new Error(
      `${at}.url must be an http or https URL without credentials, query or fragment`,
    );
  }
  const authMetadata = readAuthMetadata(config, at);
  const authProvider =
    authMetadata?.[AUTH_PROVIDER_KEY] ??
    config.getOptionalString('authProvider');
  if (!authProvider) {
    throw new Error(`${at}.authProvider is missing`);
  }
  return {
    name,
    url: raw.replace(/\/+$/, ''),
    authProvider,
    serviceAccountToken:
      config.getOptionalString('serviceAccountToken') ??
      authMetadata?.serviceAccountToken,
    authMetadata,
    skipTLSVerify: config.getOptionalBoolean('skipTLSVerify') ?? false,
    caData: config.getOptionalString('caData'),
    caFile: config.getOptionalString('caFile'),
  };
}

/**
 * The clusters of every `config` cluster locator under
 * `kubernetes.clusterLocatorMethods`: the ones the portal's Kubernetes tab
 * shows. Other locator types (catalog, gke, localKubectlProxy) are not read.
 * A malformed entry fails startup naming the key, never the token.
 */
export function readConfiguredClusters(root: Config): ClusterConfig[] {
  const methods = root.getOptionalConfigArray(CLUSTERS_KEY) ?? [];
  const clusters: ClusterConfig[] = [];
  methods.forEach((method, m) => {
    if (method.getString('type') !== 'config') return;
    (method.getOptionalConfigArray('clusters') ?? []).forEach((cluster, c) => {
      clusters.push(
        readCluster(cluster, `${CLUSTERS_KEY}[${m}].clusters[${c}]`),
      );
    });
  });
  const names = clusters.map(c => c.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) {
    throw new Error(`${CLUSTERS_KEY}: the cluster name ${twice} is used twice`);
  }
  return clusters;
}
