import type { LedgerRecord } from '@localplus/plugin-compliance-common';
import type { LedgerPosition } from '../ledger/LedgerChainVerifier';
import { Utf8Writer, utf8Text } from './utf8Writer';

/**
 * The ledger records of a period as JSON lines, in UTF-8: first
 * `{"anchor":{"sequence":...,"hash":...}}` (or `{"anchor":null}` when the
 * period starts the ledger), then one record per line in sequence order.
 *
 * Lines are plain `JSON.stringify` output, not canonical JSON: a verifier
 * parses a line and re-canonicalises the five hashed fields, so the line's
 * own form does not matter, and canonicalising hundreds of thousands of
 * records twice would double the time of an export.
 */
export function writeLedgerJsonlBytes(
  anchor: LedgerPosition | null,
  records: LedgerRecord[],
): Uint8Array {
  const out = new Utf8Writer();
  out.write(
    `${JSON.stringify({
      anchor: anchor ? { sequence: anchor.sequence, hash: anchor.hash } : null,
    })}\n`,
  );
  for (const record of records) {
    out.write(
      `${JSON.stringify({
        sequence: record.sequence,
        recordedAt: record.recordedAt,
        kind: record.kind,
        payload: record.payload,
        previousHash: record.previousHash,
        hash: record.hash,
      })}\n`,
    );
  }
  return out.bytes();
}

/** `writeLedgerJsonlBytes` as text, for small ledgers. */
export function writeLedgerJsonl(
  anchor: LedgerPosition | null,
  records: LedgerRecord[],
): string {
  return utf8Text(writeLedgerJsonlBytes(anchor, records));
}

/** What `readLedgerJsonl` found. Records that are not JSON come back as problems, not throws. */
export interface LedgerJsonl {
  anchor: LedgerPosition | null;
  /** Parsed lines after the anchor (unknown: they are checked by the chain verifier). */
  records: unknown[];
  problems: string[];
}

/** Reads `ledger.jsonl`; never throws. */
export function readLedgerJsonl(text: string): LedgerJsonl {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) {
    return {
      anchor: null,
      records: [],
      problems: ['ledger.jsonl is empty: its first line must be the anchor'],
    };
  }
  const anchor = readAnchor(lines[0], problems);
  const records = lines.slice(1).map((line, index) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      problems.push(`ledger.jsonl line ${index + 2} is not JSON`);
      return line;
    }
  });
  return { anchor, records, problems };
}

function readAnchor(line: string, problems: string[]): LedgerPosition | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    problems.push('ledger.jsonl line 1 (the anchor) is not JSON');
    return null;
  }
  const anchor = (parsed as { anchor?: unknown } | null)?.anchor;
  if (anchor === null) return null;
  const position = anchor as Partial<LedgerPosition> | undefined;
  if (
    typeof position === 'object' &&
    Number.isSafeInteger(position.sequence) &&
    (position.sequence as number) >= 0 &&
    typeof position.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(position.hash)
  ) {
    return { sequence: position.sequence as number, hash: position.hash };
  }
  problems.push(
    'ledger.jsonl line 1 must be {"anchor":null} or {"anchor":{"hash":"<64 hex>","sequence":<n>}}',
  );
  return null;
}
