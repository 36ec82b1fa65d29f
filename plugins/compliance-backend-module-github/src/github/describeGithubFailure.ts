import { isGithubDeadlineError } from '@localplus/portal-node';

/** Why a GitHub request gave no answer to use, in words for an observation. */
export interface GithubFailure {
  /** Reads after "not read: ", e.g. `GitHub refused the token (HTTP 401: Bad credentials)`. */
  reason: string;
  /** GitHub's status, when it answered. */
  status?: number;
  /** GitHub's own `message`, when it answered with one. */
  githubMessage?: string;
  /** Every later request of the run would fail alike, so none is made. */
  stopsRun: boolean;
}

/**
 * The parts of an Octokit `RequestError` relied on, matched by shape:
 * `@octokit/request-error` is not a direct dependency.
 */
interface RequestErrorLike {
  status: number;
  response?: {
    headers?: Record<string, string | number | undefined>;
    data?: unknown;
  };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    error instanceof Error &&
    error.name === 'HttpError' &&
    typeof (error as Partial<RequestErrorLike>).status === 'number'
  );
}

const MAX_MESSAGE = 200;

// GitHub's 403 for a feature the repository's plan lacks: "Upgrade to GitHub
// Pro or make this repository public to enable this feature." Protected
// branches and rulesets both need a paid plan on a private repository.
const PLAN_REFUSAL = /\bupgrade to github\b/i;

/**
 * Whether GitHub refused because the repository's plan lacks the feature:
 * an answer (the feature is off), not a lack of access.
 */
export function isPlanRefusal(failure: GithubFailure): boolean {
  return (
    failure.status === 403 &&
    failure.githubMessage !== undefined &&
    PLAN_REFUSAL.test(failure.githubMessage)
  );
}

/** Text from GitHub (or whatever answers at baseUrl), short and without the token. */
function scrub(text: string, token: string | undefined): string {
  const clean = token ? text.split(token).join('***') : text;
  return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE)}…` : clean;
}

function header(error: RequestErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function messageOf(error: RequestErrorLike): string | undefined {
  const data = error.response?.data;
  if (data && typeof data === 'object' && 'message' in data) {
    return String((data as { message: unknown }).message);
  }
  return undefined;
}

/** The rate-limit sentence, when the answer is one (403 or 429 with GitHub's headers). */
function rateLimitReason(error: RequestErrorLike): string | undefined {
  if (error.status !== 403 && error.status !== 429) {
    return undefined;
  }
  const reset = Number(header(error, 'x-ratelimit-reset'));
  if (header(error, 'x-ratelimit-remaining') === '0' && reset > 0) {
    return `GitHub's rate limit is used up until ${new Date(
      reset * 1000,
    ).toISOString()} (HTTP ${error.status})`;
  }
  const retryAfter = header(error, 'retry-after');
  if (retryAfter !== undefined) {
    return `GitHub's secondary rate limit asks to wait ${scrub(
      retryAfter,
      undefined,
    )} seconds (HTTP ${error.status})`;
  }
  if (error.status === 429 || header(error, 'x-ratelimit-remaining') === '0') {
    return `GitHub's rate limit is used up (HTTP ${error.status})`;
  }
  return undefined;
}

/**
 * Turns what Octokit threw into a reason an auditor can read. The token is
 * never part of it, even when a server echoes it back.
 */
export function describeGithubFailure(
  error: unknown,
  token: string | undefined,
): GithubFailure {
  const name = (error as { name?: unknown })?.name;
  if (isGithubDeadlineError(error)) {
    // One slow repository: the others are still asked.
    return { reason: (error as Error).message, stopsRun: false };
  }
  if (name === 'AbortError') {
    return { reason: 'the evaluation run was stopped', stopsRun: true };
  }
  if (!isRequestError(error) || !error.response) {
    // Octokit reports an unreachable server as a RequestError without a response.
    const detail =
      error instanceof Error ? `: ${scrub(error.message, token)}` : '';
    return { reason: `GitHub could not be reached${detail}`, stopsRun: true };
  }
  const githubMessage = messageOf(error);
  const quoted = githubMessage ? `: ${scrub(githubMessage, token)}` : '';
  const base = {
    status: error.status,
    ...(githubMessage && { githubMessage: scrub(githubMessage, token) }),
  };
  const rateLimit = rateLimitReason(error);
  if (rateLimit) {
    return { ...base, reason: rateLimit, stopsRun: true };
  }
  if (error.status === 401) {
    return {
      ...base,
      reason: `GitHub refused the token (HTTP 401${quoted})`,
      stopsRun: true,
    };
  }
  if (error.status === 403) {
    return {
      ...base,
      reason: `GitHub refused access (HTTP 403${quoted}); reading branch protection needs administration read access to the repository`,
      stopsRun: false,
    };
  }
  return {
    ...base,
    reason: `GitHub answered HTTP ${error.status}${quoted}`,
    stopsRun: false,
  };
}
