import type { LedgerVerification } from '@localplus/plugin-compliance-common';

export interface LedgerVerificationCacheOptions {
  /** Verifies the whole chain from its first record (expensive: reads every row). */
  verify: () => Promise<LedgerVerification>;
  /** The newest record (cheap: one indexed row). */
  head: () => Promise<{ sequence: number; hash: string } | undefined>;
  /**
   * How long a verification is trusted while the head stays put. An edit of
   * an older row leaves the head as it was, so without an age limit a
   * tampered row would go unreported on the status page until the next
   * append.
   */
  maxAgeMs: number;
  /** A monotonic clock in milliseconds; the business clock of tests must not age the cache. */
  clock?: () => number;
}

interface Remembered {
  head: string;
  at: number;
  verification: Promise<LedgerVerification>;
}

const headKey = (head?: { sequence: number; hash: string }) =>
  head ? `${head.sequence}:${head.hash}` : 'empty';

/**
 * The ledger's verification, remembered per ledger head: the status page
 * shows it on every load, and walking a chain of millions of records each
 * time would make the page as slow as the chain is long. `GET
 * /ledger/verify` always walks the chain and refreshes what is remembered,
 * so an auditor asking explicitly gets the truth of this instant.
 */
export class LedgerVerificationCache {
  readonly #options: LedgerVerificationCacheOptions;
  readonly #clock: () => number;
  #remembered?: Remembered;

  constructor(options: LedgerVerificationCacheOptions) {
    this.#options = options;
    this.#clock = options.clock ?? (() => performance.now());
  }

  /** Walks the whole chain now and remembers the answer for the head it found. */
  async verifyNow(): Promise<LedgerVerification> {
    const head = headKey(await this.#options.head());
    return this.#start(head);
  }

  /** The remembered verification while the head and its age allow, else a new one. */
  async current(): Promise<LedgerVerification> {
    const head = headKey(await this.#options.head());
    const remembered = this.#remembered;
    if (
      remembered &&
      remembered.head === head &&
      this.#clock() - remembered.at <= this.#options.maxAgeMs
    ) {
      return remembered.verification;
    }
    return this.#start(head);
  }

  #start(head: string): Promise<LedgerVerification> {
    const verification = this.#options.verify();
    const remembered: Remembered = { head, at: this.#clock(), verification };
    this.#remembered = remembered;
    verification.catch(() => {
      // A failed walk (database gone) is not an answer worth keeping.
      if (this.#remembered === remembered) {
        this.#remembered = undefined;
      }
    });
    return verification;
  }
}
