import type { Knex } from 'knex';
import type { RunRequest } from './ComplianceStore';
import { instant, RUN_REQUESTS_TABLE } from './tables';

interface RunRequestRow {
  run_id: string;
  requested_by: string;
  requested_at: string;
  claimed_at: string | null;
}

export async function queueRunRequest(
  db: Knex,
  request: RunRequest,
): Promise<void> {
  await db<RunRequestRow>(RUN_REQUESTS_TABLE).insert({
    run_id: request.runId,
    requested_by: request.requestedBy,
    requested_at: instant(request.requestedAt),
    claimed_at: null,
  });
}

/**
 * Whoever updates the row from unclaimed to claimed owns it; a replica that
 * loses the race tries the next oldest.
 */
export async function claimRunRequest(
  db: Knex,
  claimedAt: string,
): Promise<RunRequest | undefined> {
  for (;;) {
    const row = await db<RunRequestRow>(RUN_REQUESTS_TABLE)
      .whereNull('claimed_at')
      .orderBy('requested_at')
      .orderBy('run_id')
      .first();
    if (!row) return undefined;
    const updated = await db<RunRequestRow>(RUN_REQUESTS_TABLE)
      .where('run_id', row.run_id)
      .whereNull('claimed_at')
      .update({ claimed_at: instant(claimedAt) });
    if (updated === 1) {
      return {
        runId: row.run_id,
        requestedBy: row.requested_by,
        requestedAt: row.requested_at,
      };
    }
  }
}

export async function withdrawRunRequest(
  db: Knex,
  runId: string,
): Promise<boolean> {
  const deleted = await db<RunRequestRow>(RUN_REQUESTS_TABLE)
    .where('run_id', runId)
    .whereNull('claimed_at')
    .delete();
  return deleted === 1;
}
