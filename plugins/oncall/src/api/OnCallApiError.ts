/**
 * A refusal or failure of the on-call backend, carrying its HTTP status and
 * the message of Backstage's error body (`{ error: { name, message } }`) so
 * a form can show "start is in the past" as the backend worded it.
 */
export class OnCallApiError extends Error {
  readonly statusCode: number;
  /** The backend's error name (`InputError`, `NotAllowedError`), when it sent one. */
  readonly errorName?: string;

  constructor(message: string, statusCode: number, errorName?: string) {
    super(message);
    this.name = 'OnCallApiError';
    this.statusCode = statusCode;
    this.errorName = errorName;
  }

  /** Reads the error body of a failed response; falls back to the status line. */
  static async fromResponse(response: Response): Promise<OnCallApiError> {
    const fallback =
      `The on-call backend answered ${response.status} ${response.statusText}`.trim();
    try {
      const body = (await response.json()) as {
        error?: { name?: unknown; message?: unknown };
      };
      const message = body?.error?.message;
      const name = body?.error?.name;
      return new OnCallApiError(
        typeof message === 'string' && message ? message : fallback,
        response.status,
        typeof name === 'string' ? name : undefined,
      );
    } catch {
      return new OnCallApiError(fallback, response.status);
    }
  }
}

/** Whether the backend refused the caller (403). */
export function isForbidden(error: unknown): boolean {
  return error instanceof OnCallApiError && error.statusCode === 403;
}
