import { canonicalJson } from '@localplus/plugin-compliance-node';
import type {
  JsonValue,
  LedgerRecord,
} from '@localplus/plugin-compliance-common';
import { toNumber } from './tables';

export interface LedgerRow {
  sequence: number | string;
  recorded_at: string;
  kind: string;
  payload: string;
  previous_hash: string;
  hash: string;
}

export function toLedgerRow(record: LedgerRecord): LedgerRow {
  return {
    sequence: record.sequence,
    recorded_at: record.recordedAt,
    kind: record.kind,
    payload: canonicalJson(record.payload),
    previous_hash: record.previousHash,
    hash: record.hash,
  };
}

/**
 * A row as a record, whatever state it is in: the verifier must be able to
 * read a tampered row to report it. A payload that no longer parses is
 * returned as its text, which hashes to something else than the original.
 */
export function toLedgerRecord(row: LedgerRow): LedgerRecord {
  let payload: JsonValue;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    payload = row.payload;
  }
  return {
    sequence: toNumber(row.sequence),
    recordedAt: row.recorded_at,
    kind: row.kind as LedgerRecord['kind'],
    payload,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
