import { createHash } from 'node:crypto';
import type { LedgerRecord } from '@localplus/plugin-compliance-common';
import { canonicalJson } from './canonicalJson';

/** The `previousHash` of the first record of a ledger: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the hash of a ledger record covers: every field but the hash itself. */
export type HashedLedgerFields = Pick<
  LedgerRecord,
  'sequence' | 'recordedAt' | 'kind' | 'payload' | 'previousHash'
>;

/**
 * The SHA-256 (lower-case hex) of the canonical JSON of exactly the five
 * hashed fields. Other properties of the argument (a stored `hash`, database
 * columns) are ignored, so a whole record can be passed to re-hash it.
 *
 * @throws TypeError when the payload is not plain JSON (see `canonicalJson`).
 */
export function hashLedgerRecord(record: HashedLedgerFields): string {
  const { sequence, recordedAt, kind, payload, previousHash } = record;
  return createHash('sha256')
    .update(
      canonicalJson({ sequence, recordedAt, kind, payload, previousHash }),
      'utf8',
    )
    .digest('hex');
}

/**
 * The record that follows `previous` (null for the first record of the
 * ledger): the next sequence number, linked to its hash, and hashed.
 */
export function chainLedgerRecord(
  previous: { sequence: number; hash: string } | null,
  entry: Pick<LedgerRecord, 'recordedAt' | 'kind' | 'payload'>,
): LedgerRecord {
  const fields: HashedLedgerFields = {
    sequence: previous ? previous.sequence + 1 : 1,
    recordedAt: entry.recordedAt,
    kind: entry.kind,
    payload: entry.payload,
    previousHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...fields, hash: hashLedgerRecord(fields) };
}
