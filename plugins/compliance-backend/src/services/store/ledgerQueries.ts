import type {
  CompliancePeriod,
  LedgerRecord,
} from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import { LedgerRow, toLedgerRecord } from './ledgerRows';
import {
  clamp,
  filterInRange,
  LEDGER_HEAD_TABLE,
  LEDGER_TABLE,
  toNumber,
} from './tables';

const MAX_LEDGER_PAGE = 10_000;

/** Records in sequence order after `afterSequence`, optionally of a period (recorded instants). */
export async function readLedger(
  db: Knex,
  options: { afterSequence?: number; limit: number; period?: CompliancePeriod },
): Promise<LedgerRecord[]> {
  let select = db<LedgerRow>(LEDGER_TABLE).where(
    'sequence',
    '>',
    Math.max(0, Math.trunc(options.afterSequence ?? 0)),
  );
  if (options.period) {
    select = filterInRange(db, select, 'recorded_at', options.period);
  }
  const rows = await select
    .orderBy('sequence')
    .limit(clamp(options.limit, 1, MAX_LEDGER_PAGE));
  return rows.map(toLedgerRecord);
}

export async function ledgerRecordBefore(
  db: Knex,
  instant: string,
): Promise<LedgerRecord | undefined> {
  const row = await db<LedgerRow>(LEDGER_TABLE)
    .where('recorded_at', '<', instant)
    .orderBy('sequence', 'desc')
    .first();
  return row ? toLedgerRecord(row) : undefined;
}

export async function ledgerHead(
  db: Knex,
): Promise<{ sequence: number; hash: string } | undefined> {
  const row = await db<LedgerRow>(LEDGER_TABLE)
    .orderBy('sequence', 'desc')
    .first('sequence', 'hash');
  return row ? { sequence: toNumber(row.sequence), hash: row.hash } : undefined;
}

/** The head row the last append wrote; undefined before the first append. */
export async function appendedLedgerHead(
  db: Knex,
): Promise<{ sequence: number; hash: string } | undefined> {
  const row = await db(LEDGER_HEAD_TABLE).where('id', 1).first();
  if (!row || toNumber(row.sequence) === 0) return undefined;
  return { sequence: toNumber(row.sequence), hash: row.hash };
}
