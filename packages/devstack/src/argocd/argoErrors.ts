/**
 * Argo CD's API is gRPC behind grpc-gateway: errors come as
 * `{ error, code, message }` with a gRPC code next to the HTTP status.
 */
const GRPC_CODES = {
  invalidArgument: { http: 400, grpc: 3 },
  unauthenticated: { http: 401, grpc: 16 },
  permissionDenied: { http: 403, grpc: 7 },
  notFound: { http: 404, grpc: 5 },
  // Argo CD answers an unsupported verb with Unimplemented; 405 says it plainly.
  unimplemented: { http: 405, grpc: 12 },
  internal: { http: 500, grpc: 13 },
  unavailable: { http: 503, grpc: 14 },
} as const;

export type ArgoErrorKind = keyof typeof GRPC_CODES;

export function argoErrorBody(grpcCode: number, message: string) {
  return { error: message, code: grpcCode, message, details: [] as unknown[] };
}

export class ArgoApiError extends Error {
  readonly httpStatus: number;
  readonly grpcCode: number;

  constructor(kind: ArgoErrorKind, message: string) {
    super(message);
    this.name = 'ArgoApiError';
    this.httpStatus = GRPC_CODES[kind].http;
    this.grpcCode = GRPC_CODES[kind].grpc;
  }

  get body() {
    return argoErrorBody(this.grpcCode, this.message);
  }
}

/** The gRPC code grpc-gateway maps to an HTTP status, for injected faults. */
export function grpcCodeForHttpStatus(status: number): number {
  const match = Object.values(GRPC_CODES).find(c => c.http === status);
  return match?.grpc ?? (status >= 500 ? 13 : 3);
}
