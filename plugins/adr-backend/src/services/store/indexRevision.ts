import type { Knex } from 'knex';

/** See the migration `20261216000000_index_revision.js`. */
export const REVISION_TABLE = 'adr_index_revision';

/** Marks the decisions changed, inside the transaction that changes them. */
export async function raiseRevision(tx: Knex.Transaction): Promise<void> {
  await tx(REVISION_TABLE).where('id', 1).increment('revision', 1);
}

/** The index's revision as this replica's next read sees it. */
export async function readRevision(db: Knex): Promise<string> {
  const row: { revision: number | string } | undefined = await db(
    REVISION_TABLE,
  )
    .where('id', 1)
    .first('revision');
  if (!row) {
    throw new Error(`${REVISION_TABLE} has no row: its migration did not run`);
  }
  // bigint columns come back as strings from PostgreSQL, numbers from SQLite.
  return String(row.revision);
}
