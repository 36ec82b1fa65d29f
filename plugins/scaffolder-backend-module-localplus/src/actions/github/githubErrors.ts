import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';

/**
 * What a GitHub call was for, so that a failure can be explained to the
 * person who ran the template rather than echoed as a bare HTTP status.
 */
export interface GithubOperation {
  /** Reads after "Could not", e.g. `set branch protection on localplus/svc-x@main`. */
  action: string;
  /** The token permission the call needs, named when GitHub answers 403. */
  requiredPermission: string;
  /** What a 404 most likely means for this call. */
  notFound: string;
}

/**
 * The parts of an Octokit `RequestError` we rely on. It is matched by shape
 * because `@octokit/request-error` is not a direct dependency of this package.
 */
interface GithubRequestError {
  status: number;
  message: string;
  response?: {
    headers?: Record<string, string | number | undefined>;
    data?: unknown;
  };
}

function isGithubRequestError(error: unknown): error is GithubRequestError {
  return (
    error instanceof Error &&
    error.name === 'HttpError' &&
    typeof (error as Partial<GithubRequestError>).status === 'number'
  );
}

function header(error: GithubRequestError, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** GitHub's own `message`, without the documentation link Octokit appends. */
function githubMessage(error: GithubRequestError): string {
  const data = error.response?.data;
  if (data && typeof data === 'object' && 'message' in data) {
    return String((data as { message: unknown }).message);
  }
  return error.message;
}

/** GitHub lists each validation problem in `errors`, as strings or objects. */
function validationProblems(error: GithubRequestError): string[] {
  const data = error.response?.data as { errors?: unknown } | undefined;
  if (!Array.isArray(data?.errors)) {
    return [];
  }
  return data.errors.map(problem => {
    if (typeof problem === 'string') {
      return problem;
    }
    const { message, resource, field, code } = (problem ?? {}) as Record<
      string,
      unknown
    >;
    if (typeof message === 'string') {
      return message;
    }
    return [resource, field, code].filter(Boolean).join(' ');
  });
}

/** When the rate limit lifts, from `x-ratelimit-reset` or `retry-after`. */
function rateLimitReset(error: GithubRequestError): string {
  const reset = Number(header(error, 'x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    return new Date(reset * 1000).toISOString();
  }
  const retryAfter = Number(header(error, 'retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter >= 0) {
    return new Date(Date.now() + retryAfter * 1000).toISOString();
  }
  return 'an unknown time';
}

function isRateLimited(error: GithubRequestError): boolean {
  if (error.status === 429) {
    return true;
  }
  // GitHub signals both the primary and the secondary limit with a 403.
  return (
    error.status === 403 &&
    (header(error, 'x-ratelimit-remaining') === '0' ||
      header(error, 'retry-after') !== undefined)
  );
}

/**
 * Turns a failed GitHub call into an error whose message says what was being
 * done, why it failed and what to change. Never includes request headers, so
 * the token cannot leak through the task log.
 */
export function toGithubError(
  error: unknown,
  operation: GithubOperation,
): Error {
  const prefix = `Could not ${operation.action}`;
  if (!isGithubRequestError(error)) {
    if (error instanceof Error && error.name === 'AbortError') {
      return new Error(`${prefix}: the task was cancelled`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new Error(`${prefix}: ${reason}`);
  }
  const said = githubMessage(error);
  if (isRateLimited(error)) {
    return new ServiceUnavailableError(
      `${prefix}: GitHub API rate limit exceeded; resets at ${rateLimitReset(
        error,
      )}`,
    );
  }
  switch (error.status) {
    case 401:
      return new AuthenticationError(
        `${prefix}: GitHub rejected the credentials (bad credentials); the token is invalid, expired or revoked`,
      );
    case 403:
      return new NotAllowedError(
        `${prefix}: the token is missing a permission; it needs ${operation.requiredPermission} (GitHub said: ${said})`,
      );
    case 404:
      return new NotFoundError(
        `${prefix}: ${operation.notFound} (GitHub answers 404 also when the token cannot see the resource)`,
      );
    case 409:
      return new ConflictError(`${prefix}: ${said}`);
    case 422: {
      const problems = validationProblems(error);
      const details = problems.length > 0 ? problems.join('; ') : said;
      return new InputError(`${prefix}: GitHub validation failed: ${details}`);
    }
    default:
      // Octokit reports network failures and timeouts as status 500 without
      // a response.
      if (!error.response) {
        return new Error(`${prefix}: GitHub could not be reached (${said})`);
      }
      return new Error(`${prefix}: GitHub answered ${error.status}: ${said}`);
  }
}

/** Runs one GitHub call and explains its failure in terms of `operation`. */
export async function callGithub<T>(
  operation: GithubOperation,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGithubError(error, operation);
  }
}

/** True when GitHub refused to create a ref because it already exists. */
export function isReferenceAlreadyExists(error: unknown): boolean {
  return (
    isGithubRequestError(error) &&
    error.status === 422 &&
    /reference already exists/i.test(githubMessage(error))
  );
}
