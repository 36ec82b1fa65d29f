/** Why a read of the Kubernetes API failed, for the observation's summary. */
export type KubernetesFailureKind =
  | 'unsupported-auth'
  | 'unauthorized'
  | 'forbidden'
  | 'http'
  | 'timeout'
  | 'unreachable'
  | 'too-large'
  | 'malformed';

/**
 * A failed read of one cluster. The message names the cluster, the request
 * path and the API server's own reason; never the token.
 */
export class KubernetesRequestError extends Error {
  constructor(
    readonly kind: KubernetesFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'KubernetesRequestError';
  }
}
