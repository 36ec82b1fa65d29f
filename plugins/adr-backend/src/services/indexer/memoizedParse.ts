import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { DecisionFile } from '@localplus/plugin-adr-node';
import type { ParseDecisionFile } from './DecisionIndexer';

type ParseOutcome = ReturnType<ParseDecisionFile>;

/** Files whose outcome is kept: far above any organisation's decision count. */
const DEFAULT_MAX_ENTRIES = 20_000;

function fileKey(file: DecisionFile): string {
  return createHash('sha256')
    .update(JSON.stringify([file.fileName, file.location, file.text]))
    .digest('base64url');
}

/**
 * The parse of a file whose name, location and text have not changed since
 * the last refresh is the same: each refresh reads every folder again, and
 * this returns the kept outcome (decision or problem) instead of running
 * the markdown parsers over the same text. The installed parsers are fixed
 * for the life of the process, so the file is the whole key.
 */
export function memoizeParse(
  parse: ParseDecisionFile,
  maxEntries = DEFAULT_MAX_ENTRIES,
): ParseDecisionFile {
  const outcomes = new LRUCache<string, ParseOutcome>({ max: maxEntries });
  return file => {
    const key = fileKey(file);
    const kept = outcomes.get(key);
    if (kept) {
      return kept;
    }
    // A parser that throws is not kept: the next refresh asks again.
    const outcome = parse(file);
    outcomes.set(key, outcome);
    return outcome;
  };
}
