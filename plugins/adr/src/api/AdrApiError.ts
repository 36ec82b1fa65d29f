/**
 * A refusal or failure of the ADR backend with its HTTP status and the
 * message of Backstage's error body (`{ error: { name, message } }`), so the
 * page can say "status: unknown status 'done'" the way the backend put it.
 */
export class AdrApiError extends Error {
  readonly statusCode: number;
  /** The backend's error name (`InputError`, `NotAllowedError`), when it sent one. */
  readonly errorName?: string;

  constructor(message: string, statusCode: number, errorName?: string) {
    super(message);
    this.name = 'AdrApiError';
    this.statusCode = statusCode;
    this.errorName = errorName;
  }

  /** Reads the error body of a failed response, or falls back to its status line. */
  static async fromResponse(response: Response): Promise<AdrApiError> {
    const fallback =
      `The decision log backend answered ${response.status} ${response.statusText}`.trim();
    let body: { error?: { name?: unknown; message?: unknown } } | undefined;
    try {
      body = await response.json();
    } catch {
      return new AdrApiError(fallback, response.status);
    }
    const message = body?.error?.message;
    const name = body?.error?.name;
    return new AdrApiError(
      typeof message === 'string' && message ? message : fallback,
      response.status,
      typeof name === 'string' ? name : undefined,
    );
  }
}

/** Whether the backend refused the caller (403). */
export function isForbidden(error: unknown): boolean {
  return error instanceof AdrApiError && error.statusCode === 403;
}

/** Whether the backend has no such thing (404). */
export function isNotFound(error: unknown): boolean {
  return error instanceof AdrApiError && error.statusCode === 404;
}
