import type { LedgerVerification } from '@localplus/plugin-compliance-common';
import { LedgerChainVerifier } from '@localplus/plugin-compliance-node';
import type { ComplianceStore } from './ComplianceStore';

/** Records read per query: memory stays flat however long the ledger is. */
const DEFAULT_PAGE_SIZE = 2000;

/**
 * Verifies the evidence ledger in the database from its first record, page
 * by page, and names the first record that does not verify: an edited
 * payload (hash mismatch), a deleted or moved row (sequence gap or broken
 * link), or a deleted tail (the rows end before the head recorded by the
 * last append).
 */
export class LedgerVerifier {
  readonly #store: Pick<ComplianceStore, 'readLedger' | 'appendedLedgerHead'>;
  readonly #now: () => Date;
  readonly #pageSize: number;

  constructor(options: {
    store: Pick<ComplianceStore, 'readLedger' | 'appendedLedgerHead'>;
    now?: () => Date;
    pageSize?: number;
  }) {
    this.#store = options.store;
    this.#now = options.now ?? (() => new Date());
    this.#pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  }

  async verify(
    options: { signal?: AbortSignal } = {},
  ): Promise<LedgerVerification> {
    // Read before the rows: records appended while the walk goes on are
    // after this head and accepted.
    const expectedHead = await this.#store.appendedLedgerHead();
    const verifier = new LedgerChainVerifier({ expectedHead });
    let afterSequence = 0;
    for (;;) {
      options.signal?.throwIfAborted();
      const page = await this.#store.readLedger({
        afterSequence,
        limit: this.#pageSize,
      });
      for (const record of page) {
        if (!verifier.add(record)) {
          return {
            ...verifier.result(),
            verifiedAt: this.#now().toISOString(),
          };
        }
      }
      if (page.length < this.#pageSize) break;
      afterSequence = page[page.length - 1].sequence;
    }
    return { ...verifier.result(), verifiedAt: this.#now().toISOString() };
  }
}
