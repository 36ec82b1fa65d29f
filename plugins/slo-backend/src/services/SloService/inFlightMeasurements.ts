/**
 * The measurements this process is taking right now, by cache key, so that
 * requests arriving while one is under way wait for it instead of querying
 * the metric source again. Without it, every request that lands between a
 * measurement's expiry and its renewal measures the same objectives: under
 * load that is a burst of identical Prometheus queries, each one slower for
 * the others.
 */
export class InFlightMeasurements<T> {
  private readonly pending = new Map<string, Promise<T>>();

  /** The measurement under way for the key, if any. */
  get(key: string): Promise<T> | undefined {
    return this.pending.get(key);
  }

  /**
   * Registers a measurement about to start for the key and returns how to
   * settle it. It must be settled: `settle` hands the outcome to the waiting
   * requests, `fail` the error; either forgets the key.
   */
  start(key: string): PendingMeasurement<T> {
    let settle!: (value: T) => void;
    let fail!: (error: unknown) => void;
    const promise = new Promise<T>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    // A waiter may never come; the rejection is theirs to handle, not ours.
    promise.catch(() => {});
    this.pending.set(key, promise);
    const forget = () => {
      if (this.pending.get(key) === promise) {
        this.pending.delete(key);
      }
    };
    return {
      settle: value => {
        forget();
        settle(value);
      },
      fail: error => {
        forget();
        fail(error);
      },
    };
  }

  /** How many measurements are under way (for tests). */
  get size(): number {
    return this.pending.size;
  }
}

export type PendingMeasurement<T> = {
  settle(value: T): void;
  fail(error: unknown): void;
};
