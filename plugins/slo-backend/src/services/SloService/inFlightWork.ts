/**
 * The work this process is doing right now, by cache key, so that requests
 * arriving while it is under way wait for it instead of doing it again.
 * Without it, every request that lands between a cached value's expiry and
 * its renewal redoes the same work: under load, a burst of identical
 * Prometheus queries or file reads, each one slower for the others.
 */
export class InFlightWork<T> {
  private readonly pending = new Map<string, Promise<T>>();

  /** The work under way for the key, if any. */
  get(key: string): Promise<T> | undefined {
    return this.pending.get(key);
  }

  /**
   * The outcome of the work under way for the key, or of `produce`, started
   * now and shared with whoever asks for the key until it settles.
   */
  async share(key: string, produce: () => Promise<T>): Promise<T> {
    const underWay = this.pending.get(key);
    if (underWay) {
      return underWay;
    }
    const work = this.start(key);
    try {
      const value = await produce();
      work.settle(value);
      return value;
    } catch (error) {
      work.fail(error);
      throw error;
    }
  }

  /**
   * Registers work about to start for the key and returns how to settle it
   * (for callers that batch several keys in one piece of work). It must be settled: `settle` hands the outcome to the waiting
   * requests, `fail` the error; either forgets the key.
   */
  start(key: string): PendingWork<T> {
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
}

export type PendingWork<T> = {
  settle(value: T): void;
  fail(error: unknown): void;
};
