/**
 * How a PagerDuty request failed, so that the provider can word the problem
 * and tests can tell the cases apart without matching messages.
 */
export type PagerDutyFailureKind =
  /** 401 or 403: the token is missing, wrong, or lacks access. */
  | 'auth'
  /** 429 answers beyond the retries or the total wait allowed. */
  | 'rate-limit'
  /** 5xx answers, after the one retry. */
  | 'server'
  /** 404: the object does not exist (or the token cannot see it). */
  | 'not-found'
  /** An answer that is not what the API documents: bad JSON, wrong shape, too large, redirects. */
  | 'response'
  /** No answer within the request timeout. */
  | 'timeout'
  /** No connection (refused, unknown host, reset). */
  | 'unreachable';

/** A failed PagerDuty request. The message never contains the token. */
export class PagerDutyRequestError extends Error {
  readonly name = 'PagerDutyRequestError';

  constructor(readonly kind: PagerDutyFailureKind, message: string) {
    super(message);
  }
}
