const DEADLINE_MESSAGE = /^GitHub did not answer within \d+ ms$/;

/** The message of a GitHub request past its deadline. */
export function githubDeadlineMessage(timeoutMs: number): string {
  return `GitHub did not answer within ${timeoutMs} ms`;
}

/**
 * Whether Octokit's error is a request past the deadline of
 * {@link fetchWithDeadline}: Octokit wraps it as a RequestError without a
 * response, like an unreachable server, keeping its message. A caller that
 * goes on with its other repositories after a slow one tells them apart
 * with this.
 */
export function isGithubDeadlineError(error: unknown): boolean {
  return error instanceof Error && DEADLINE_MESSAGE.test(error.message);
}

/**
 * A `fetch` for Octokit that gives every request its own deadline, and ends
 * it early when `signal` (a scaffolder task's, an evaluation run's) aborts.
 * A request past its deadline fails with `GitHub did not answer within
 * <timeoutMs> ms`, which Octokit reports as an unreachable GitHub; an aborted
 * one fails with the signal's reason, as `fetch` does.
 */
export function fetchWithDeadline(
  timeoutMs: number,
  signal?: AbortSignal,
): typeof fetch {
  return async (url, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signals = [deadline];
    if (init?.signal) signals.push(init.signal);
    if (signal) signals.push(signal);
    try {
      return await globalThis.fetch(url, {
        ...init,
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      // Only our own deadline: a caller's timeout signal keeps its own error.
      if (deadline.aborted && error === deadline.reason) {
        throw new Error(githubDeadlineMessage(timeoutMs));
      }
      throw error;
    }
  };
}
