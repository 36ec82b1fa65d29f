import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';

/**
 * The parts of Octokit's RequestError we rely on, matched by shape because
 * `@octokit/request-error` is not a direct dependency.
 */
interface GithubRequestError {
  name: string;
  status: number;
  message: string;
  response?: {
    headers?: Record<string, string | number | undefined>;
    data?: unknown;
  };
}

function asRequestError(error: unknown): GithubRequestError | undefined {
  return error instanceof Error &&
    error.name === 'HttpError' &&
    typeof (error as Partial<GithubRequestError>).status === 'number'
    ? (error as GithubRequestError)
    : undefined;
}

/** GitHub's HTTP status for a failed call, when GitHub answered. */
export function githubStatus(error: unknown): number | undefined {
  const failure = asRequestError(error);
  return failure?.response ? failure.status : undefined;
}

/** GitHub's own `message`, without the documentation link Octokit appends. */
export function githubMessage(error: unknown): string {
  const failure = asRequestError(error);
  const data = failure?.response?.data;
  if (data && typeof data === 'object' && 'message' in data) {
    return String((data as { message: unknown }).message);
  }
  return error instanceof Error ? error.message : String(error);
}

function header(error: GithubRequestError, name: string) {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function rateLimitReset(error: GithubRequestError): string | undefined {
  const reset = Number(header(error, 'x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    return new Date(reset * 1000).toISOString();
  }
  const retryAfter = Number(header(error, 'retry-after'));
  return Number.isFinite(retryAfter) && retryAfter >= 0
    ? new Date(Date.now() + retryAfter * 1000).toISOString()
    : undefined;
}

/** GitHub signals its primary and secondary limits with 403 or 429. */
function rateLimited(error: GithubRequestError): boolean {
  return (
    error.status === 429 ||
    (error.status === 403 &&
      (header(error, 'x-ratelimit-remaining') === '0' ||
        header(error, 'retry-after') !== undefined))
  );
}

/**
 * Why a GitHub call failed, as the end of a sentence. Never includes
 * request headers, so no token can leak into a message.
 */
export function explainGithubFailure(error: unknown): string {
  const failure = asRequestError(error);
  if (!failure) {
    return error instanceof Error ? error.message : String(error);
  }
  if (!failure.response) {
    return `GitHub could not be reached (${failure.message})`;
  }
  if (rateLimited(failure)) {
    const reset = rateLimitReset(failure);
    return `GitHub's API rate limit is exhausted${
      reset ? ` until ${reset}` : ''
    }`;
  }
  switch (failure.status) {
    case 401:
      return "GitHub rejected the portal's credentials (401): the token is invalid, expired or revoked";
    case 403:
      return `GitHub refused access (403): ${githubMessage(failure)}`;
    case 404:
      return 'GitHub answered 404: the repository does not exist or the credentials cannot see it';
    default:
      return `GitHub answered ${failure.status}: ${githubMessage(failure)}`;
  }
}

export interface GithubWrite {
  /** Reads after "Could not", e.g. `create branch adr/0021-x in localplus/docs`. */
  action: string;
  /** The token permission the call needs, named when GitHub answers 403. */
  permission: string;
}

/**
 * A failed write as the portal's error: 404 NotFoundError, 403
 * NotAllowedError naming the permission, 409 ConflictError, 422
 * InputError, and ServiceUnavailableError when the fault is the portal's
 * GitHub credentials, the rate limit or the network rather than the request.
 */
export function toGithubError(error: unknown, write: GithubWrite): Error {
  const prefix = `Could not ${write.action}`;
  const failure = asRequestError(error);
  const reason = explainGithubFailure(error);
  if (!failure || !failure.response || rateLimited(failure)) {
    return new ServiceUnavailableError(`${prefix}: ${reason}`);
  }
  switch (failure.status) {
    case 401:
      return new ServiceUnavailableError(`${prefix}: ${reason}`);
    case 403:
      return new NotAllowedError(
        `${prefix}: the portal's GitHub credentials need ${
          write.permission
        } (GitHub said: ${githubMessage(failure)})`,
      );
    case 404:
      return new NotFoundError(`${prefix}: ${reason}`);
    case 409:
      return new ConflictError(`${prefix}: ${reason}`);
    case 422:
      return new InputError(`${prefix}: ${reason}`);
    default:
      return new ServiceUnavailableError(`${prefix}: ${reason}`);
  }
}

/** Runs one write and explains its failure in terms of `write`. */
export async function callGithub<T>(
  write: GithubWrite,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGithubError(error, write);
  }
}
