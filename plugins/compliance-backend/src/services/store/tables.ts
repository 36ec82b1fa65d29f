import type { Knex } from 'knex';

export const RUNS_TABLE = 'compliance_runs';
export const RUN_REQUESTS_TABLE = 'compliance_run_requests';
export const LEDGER_TABLE = 'compliance_ledger';
export const LEDGER_HEAD_TABLE = 'compliance_ledger_head';
export const OBSERVATIONS_TABLE = 'compliance_observations';
export const EVALUATIONS_TABLE = 'compliance_evaluations';
export const EXEMPTIONS_TABLE = 'compliance_exemptions';

/**
 * Bound values per statement: SQLite before 3.32 allows 999, so chunks stay
 * under that on every engine.
 */
const MAX_BOUND_VALUES = 900;

/** Inserts rows in statements small enough for SQLite's limit of bound values. */
export async function insertInChunks<T extends object>(
  db: Knex | Knex.Transaction,
  table: string,
  rows: T[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const size = Math.max(1, Math.floor(MAX_BOUND_VALUES / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db(table).insert(rows.slice(i, i + size));
  }
}

/** Splits a long `IN (...)` list the same way. */
export function chunks<T>(values: T[], size = MAX_BOUND_VALUES - 50): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < values.length; i += size) {
    result.push(values.slice(i, i + size));
  }
  return result;
}

/** Whether the engine locks rows (`SELECT ... FOR UPDATE`); SQLite's transactions are serial anyway. */
export function locksRows(db: Knex | Knex.Transaction): boolean {
  const client = String(db.client.config.client ?? '');
  return !/sqlite/i.test(client);
}

/**
 * Keeps `from <= column < to` in a query that pages along the primary key,
 * as a filter only. Over a wide period SQLite would rather drive the query
 * by the column's index and sort every match again for each page (a
 * 90-day export: hundreds of thousands of rows sorted per page); `+column`
 * is SQLite's documented way to keep an index out of a term. PostgreSQL
 * plans from statistics and needs no hint.
 */
export function filterInRange<Q extends Knex.QueryBuilder>(
  db: Knex,
  select: Q,
  column: string,
  range: { from: string; to: string },
): Q {
  if (locksRows(db)) {
    return select
      .where(column, '>=', range.from)
      .where(column, '<', range.to) as Q;
  }
  return select
    .whereRaw('+?? >= ?', [column, range.from])
    .whereRaw('+?? < ?', [column, range.to]) as Q;
}

/** PostgreSQL returns bigint columns and counts as strings. */
export const toNumber = (value: unknown): number => Number(value);

export const parseJson = <T>(
  text: string | null | undefined,
  fallback: T,
): T => {
  if (text === null || text === undefined) return fallback;
  return JSON.parse(text) as T;
};

/** Instants are compared as text: every one is written in this one shape. */
export const instant = (value: string) => new Date(value).toISOString();

export const clamp = (value: number, min: number, max: number) =>
  Math.min(
    max,
    Math.max(min, Math.trunc(Number.isFinite(value) ? value : min)),
  );
