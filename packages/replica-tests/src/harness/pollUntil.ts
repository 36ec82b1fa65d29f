/** Thrown by a check to stop waiting at once (the process died, say). */
export class GiveUp extends Error {}

/**
 * Calls `check` every `intervalMs` until it returns something truthy, and
 * resolves with it; rejects naming `what` once `timeoutMs` has passed, so a
 * broken setup fails the test instead of hanging it. A `check` that throws
 * is retried until the deadline, and its last error is reported; one that
 * throws {@link GiveUp} ends the wait at once.
 */
export async function pollUntil<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined | false | null>,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) {
        return value;
      }
    } catch (error) {
      if (error instanceof GiveUp) {
        throw error;
      }
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${reason}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}
