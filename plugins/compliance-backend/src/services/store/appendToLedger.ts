import { chainLedgerRecord } from '@localplus/plugin-compliance-node';
import type { LedgerRecord } from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import { toLedgerRow } from './ledgerRows';
import {
  insertInChunks,
  LEDGER_HEAD_TABLE,
  LEDGER_TABLE,
  locksRows,
  toNumber,
} from './tables';

/** What a caller appends; the ledger gives it its place in the chain. */
export type LedgerEntry = Pick<LedgerRecord, 'kind' | 'payload'>;

interface HeadRow {
  sequence: number | string;
  hash: string;
  recorded_at: string | null;
}

/**
 * Appends entries to the hash chain inside the caller's transaction, and
 * returns the records as written.
 *
 * The head row is locked first (`SELECT ... FOR UPDATE` on PostgreSQL; a
 * SQLite database has one writer at a time), so two replicas appending at
 * once take turns: the second reads the head the first committed and
 * chains after it. The sequence is also the primary key, so even a lock
 * that failed could never fork the chain: the second insert would fail.
 *
 * `recordedAt` never goes backwards along the chain, even when replicas'
 * clocks disagree: the records of a period are then one run of sequences.
 */
export async function appendToLedger(
  tx: Knex.Transaction,
  entries: LedgerEntry[],
  now: Date,
): Promise<LedgerRecord[]> {
  if (entries.length === 0) return [];
  let query = tx<HeadRow>(LEDGER_HEAD_TABLE)
    .where('id', 1)
    .select('sequence', 'hash', 'recorded_at');
  if (locksRows(tx)) query = query.forUpdate();
  const [head] = await query;
  if (!head) {
    throw new Error(
      `The ledger head row is missing from ${LEDGER_HEAD_TABLE}; the ledger cannot be appended to`,
    );
  }

  const nowIso = now.toISOString();
  const recordedAt =
    head.recorded_at && head.recorded_at > nowIso ? head.recorded_at : nowIso;
  let previous =
    toNumber(head.sequence) === 0
      ? null
      : { sequence: toNumber(head.sequence), hash: head.hash };
  const records = entries.map(entry => {
    const record = chainLedgerRecord(previous, { ...entry, recordedAt });
    previous = record;
    return record;
  });

  await insertInChunks(tx, LEDGER_TABLE, records.map(toLedgerRow));
  const last = records[records.length - 1];
  await tx(LEDGER_HEAD_TABLE).where('id', 1).update({
    sequence: last.sequence,
    hash: last.hash,
    recorded_at: recordedAt,
  });
  return records;
}
