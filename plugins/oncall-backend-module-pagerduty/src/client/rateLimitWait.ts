/** Longer waits than this are read as nonsense and replaced by the default. */
const MAX_SENSIBLE_WAIT_MS = 60 * 60 * 1000;

function seconds(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    return undefined;
  }
  return Math.ceil(Number(value) * 1000);
}

function httpDate(value: string | null, nowMs: number): number | undefined {
  if (value === null) {
    return undefined;
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * How long a 429 asks us to wait, in milliseconds: `Retry-After` (seconds or
 * an HTTP date, RFC 9110) or PagerDuty's `ratelimit-reset` (seconds until the
 * window resets); undefined when neither says anything usable.
 */
export function rateLimitWaitMs(
  headers: Headers,
  nowMs: number,
): number | undefined {
  const retryAfter = headers.get('retry-after');
  const wait =
    seconds(retryAfter) ??
    httpDate(retryAfter, nowMs) ??
    seconds(headers.get('ratelimit-reset'));
  return wait !== undefined && wait <= MAX_SENSIBLE_WAIT_MS ? wait : undefined;
}
