import { LRUCache } from 'lru-cache';
import type { DecisionFacets } from '@localplus/plugin-adr-common';

/** What GET /decisions counts over every matching decision. */
export interface DecisionCounts {
  total: number;
  facets: DecisionFacets;
}

/** Filter combinations kept per replica. */
const DEFAULT_MAX_ENTRIES = 500;
/** About 8 MB of facet values, counted as JSON characters. */
const DEFAULT_MAX_CHARACTERS = 8_000_000;

/**
 * The total and the facets of the decision list, kept per index revision and
 * filter combination. They take seven queries over the whole index while the
 * page itself takes one; the index changes only when it is refreshed, and
 * every change raises the revision in the same transaction, so counts kept
 * under a revision hold for as long as it is the current one, on every
 * replica. Requests asking the same counts at once share one computation.
 */
export class DecisionCountsCache {
  private readonly kept: LRUCache<
    string,
    DecisionCounts,
    () => Promise<DecisionCounts>
  >;

  constructor(options: { maxEntries?: number; maxCharacters?: number } = {}) {
    this.kept = new LRUCache({
      max: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      maxSize: options.maxCharacters ?? DEFAULT_MAX_CHARACTERS,
      sizeCalculation: counts => JSON.stringify(counts.facets).length + 1,
      fetchMethod: (_key, _stale, { context }) => context(),
    });
  }

  /**
   * The counts kept for this revision and filter key, or those `count`
   * gives, kept unless it fails.
   */
  async get(
    revision: string,
    filterKey: string,
    count: () => Promise<DecisionCounts>,
  ): Promise<DecisionCounts> {
    const counts = await this.kept.fetch(`${revision}\n${filterKey}`, {
      context: count,
    });
    // fetchMethod never answers undefined, so neither does fetch.
    return counts!;
  }
}
