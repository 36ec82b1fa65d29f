/** The `Status` object the Kubernetes API answers errors with. */
export interface KubernetesStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: Record<string, unknown>;
  code: number;
}

export function kubernetesStatus(
  code: number,
  reason: string,
  message: string,
  details?: Record<string, unknown>,
): KubernetesStatus {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details && { details }),
    code,
  };
}

/** A failure a handler throws; the router turns it into a Status response. */
export class KubernetesApiError extends Error {
  constructor(readonly status: KubernetesStatus) {
    super(status.message);
    this.name = 'KubernetesApiError';
  }

  static badRequest(message: string): KubernetesApiError {
    return new KubernetesApiError(kubernetesStatus(400, 'BadRequest', message));
  }

  static notFound(
    resource: string,
    name: string,
    group = '',
  ): KubernetesApiError {
    return new KubernetesApiError(
      kubernetesStatus(
        404,
        'NotFound',
        `${resource}${group ? `.${group}` : ''} "${name}" not found`,
        {
          name,
          ...(group && { group }),
          kind: resource,
        },
      ),
    );
  }

  /** What the API server says for a path that names no resource type it serves. */
  static unknownPath(): KubernetesApiError {
    return new KubernetesApiError(
      kubernetesStatus(
        404,
        'NotFound',
        'the server could not find the requested resource',
        {},
      ),
    );
  }

  static methodNotAllowed(): KubernetesApiError {
    return new KubernetesApiError(
      kubernetesStatus(
        405,
        'MethodNotAllowed',
        'the server does not allow this method on the requested resource (the devstack simulator is read-only)',
      ),
    );
  }
}

/** The Status `reason` the API server pairs with an HTTP status. */
export function reasonForCode(code: number): string {
  const reasons: Record<number, string> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    405: 'MethodNotAllowed',
    409: 'Conflict',
    410: 'Expired',
    429: 'TooManyRequests',
    500: 'InternalError',
    503: 'ServiceUnavailable',
    504: 'Timeout',
  };
  return reasons[code] ?? (code >= 500 ? 'InternalError' : 'BadRequest');
}
