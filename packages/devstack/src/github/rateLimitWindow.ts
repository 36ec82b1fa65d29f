/** What GitHub reports in its `x-ratelimit-*` headers. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds at which the window starts again. */
  reset: number;
}

const HOUR_MS = 3600_000;

/**
 * GitHub's primary rate limit: so many requests per token and hour, counted
 * from the first request of the window.
 */
export class RateLimitWindow {
  private used = 0;
  private resetsAt = 0;

  constructor(
    private readonly limit: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one request; `allowed` is false once the window is used up. */
  take(): { allowed: boolean; state: RateLimitState } {
    const now = this.clock();
    if (now >= this.resetsAt) {
      this.used = 0;
      this.resetsAt = now + HOUR_MS;
    }
    const allowed = this.used < this.limit;
    if (allowed) {
      this.used += 1;
    }
    return {
      allowed,
      state: {
        limit: this.limit,
        remaining: this.limit - this.used,
        used: this.used,
        reset: Math.ceil(this.resetsAt / 1000),
      },
    };
  }
}
