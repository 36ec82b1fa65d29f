import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type {
  OverrideChange,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import type {
  ActiveOverridesFilter,
  CancelOverrideInput,
  CreateOverridesInput,
  OverrideDraft,
  OverrideStore,
  StoredOverride,
} from './OverrideStore';
import {
  ChangeRow,
  CHANGES_TABLE,
  checkDraft,
  checkInstant,
  isOverrideId,
  OverrideRow,
  OVERRIDES_TABLE,
  toChange,
  toOverride,
} from './overrideRows';

const MAX_CHANGES = 500;

const overlaps = (
  a: { start: string; end: string },
  b: { start: string; end: string },
) => a.start < b.end && b.start < a.end;

/** The override store on the plugin's own database, PostgreSQL or SQLite. */
export class DatabaseOverrideStore implements OverrideStore {
  constructor(private readonly db: Knex) {}

  async create(input: CreateOverridesInput): Promise<ScheduleOverride[]> {
    const { drafts, actor, at } = input;
    if (drafts.length === 0 || (input.swap && drafts.length !== 2)) {
      throw new InputError('Give one override, or the two of a swap');
    }
    drafts.forEach(checkDraft);
    checkInstant(at, 'at');
    drafts.forEach((draft, i) => {
      const clash = drafts.find(
        (other, j) =>
          j !== i && sameSlot(draft, other) && overlaps(draft, other),
      );
      if (clash) {
        throw new InputError('The overrides of one request overlap each other');
      }
    });
    const swapId = input.swap ? randomUUID() : undefined;
    const rows: OverrideRow[] = drafts.map(draft => ({
      id: randomUUID(),
      rotation: draft.rotation,
      role: draft.role,
      start_at: draft.start,
      end_at: draft.end,
      user_ref: draft.user,
      replaces: draft.replaces ?? null,
      reason: draft.reason,
      swap_id: swapId ?? null,
      created_by: actor,
      created_at: at,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
    }));
    await this.db.transaction(async tx => {
      await lockSlots(tx, drafts);
      for (const draft of drafts) {
        await refuseOverlap(tx, draft);
      }
      await tx<OverrideRow>(OVERRIDES_TABLE).insert(rows);
      await tx<ChangeRow>(CHANGES_TABLE).insert(
        rows.map(row => changeRow(row, 'created', actor, row.reason, at)),
      );
    });
    return rows.map(toOverride);
  }

  async get(id: string): Promise<StoredOverride | undefined> {
    // Not every id is a UUID (the providers' are not): those are not ours.
    if (!isOverrideId(id)) {
      return undefined;
    }
    const row = await this.db<OverrideRow>(OVERRIDES_TABLE)
      .where('id', id.toLowerCase())
      .first();
    return row ? toOverride(row) : undefined;
  }

  async listActive(filter: ActiveOverridesFilter): Promise<ScheduleOverride[]> {
    const query = this.db<OverrideRow>(OVERRIDES_TABLE)
      .whereNull('cancelled_at')
      .where('end_at', '>', checkInstant(filter.from, 'from'))
      .orderBy([
        { column: 'start_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    if (filter.to !== undefined) {
      query.where('start_at', '<', checkInstant(filter.to, 'to'));
    }
    if (filter.rotation !== undefined) {
      query.where('rotation', filter.rotation);
    }
    if (filter.role !== undefined) {
      query.where('role', filter.role);
    }
    const rows: OverrideRow[] = await query.select();
    return rows.map(toOverride);
  }

  async cancel(input: CancelOverrideInput): Promise<StoredOverride[]> {
    const { id, actor, reason, at } = input;
    checkInstant(at, 'at');
    return await this.db.transaction(async tx => {
      const row = isOverrideId(id)
        ? await tx<OverrideRow>(OVERRIDES_TABLE)
            .where('id', id.toLowerCase())
            .first()
        : undefined;
      if (!row) {
        throw new NotFoundError(`No override ${id}`);
      }
      const targets = row.swap_id
        ? await tx<OverrideRow>(OVERRIDES_TABLE).where('swap_id', row.swap_id)
        : [row];
      const ids = targets.map(target => target.id);
      // The condition on cancelled_at makes a concurrent second cancel a no-op here.
      const updated = await tx(OVERRIDES_TABLE)
        .whereIn('id', ids)
        .whereNull('cancelled_at')
        .update({
          cancelled_at: at,
          cancelled_by: actor,
          cancel_reason: reason,
        });
      if (updated !== ids.length) {
        throw new ConflictError(`The override ${id} is already cancelled`);
      }
      const cancelled: OverrideRow[] = targets.map(target => ({
        ...target,
        cancelled_at: at,
        cancelled_by: actor,
        cancel_reason: reason,
      }));
      await tx<ChangeRow>(CHANGES_TABLE).insert(
        cancelled.map(target =>
          changeRow(target, 'cancelled', actor, reason, at),
        ),
      );
      return cancelled.map(toOverride);
    });
  }

  async listChanges(
    rotation: string,
    limit: number,
  ): Promise<OverrideChange[]> {
    const rows: ChangeRow[] = await this.db<ChangeRow>(CHANGES_TABLE)
      .where('rotation', rotation)
      .orderBy([
        { column: 'at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(Math.max(1, Math.min(limit, MAX_CHANGES)));
    return rows.map(toChange);
  }
}

function sameSlot(a: OverrideDraft, b: OverrideDraft) {
  return a.rotation === b.rotation && a.role === b.role;
}

/**
 * Serialises the creators of overrides for one rotation and role. On
 * PostgreSQL, where replicas' transactions run side by side, a transaction
 * lock makes the second wait and then see the first's rows; SQLite already
 * runs one write transaction at a time.
 */
async function lockSlots(tx: Knex.Transaction, drafts: OverrideDraft[]) {
  if (tx.client.dialect !== 'postgresql') {
    return;
  }
  // Sorted, so two requests taking two locks always take them in one order.
  const keys = [
    ...new Set(drafts.map(d => `oncall-override:${d.rotation}:${d.role}`)),
  ].sort();
  for (const key of keys) {
    await tx.raw('select pg_advisory_xact_lock(hashtext(?))', [key]);
  }
}

async function refuseOverlap(tx: Knex.Transaction, draft: OverrideDraft) {
  const clash = await tx<OverrideRow>(OVERRIDES_TABLE)
    .where({ rotation: draft.rotation, role: draft.role })
    .whereNull('cancelled_at')
    .where('start_at', '<', draft.end)
    .where('end_at', '>', draft.start)
    .orderBy('start_at')
    .first();
  if (clash) {
    throw new ConflictError(
      `The ${draft.role} slot from ${draft.start} to ${draft.end} overlaps override ${clash.id} (${clash.user_ref} from ${clash.start_at} to ${clash.end_at}); cancel that one first`,
    );
  }
}

function changeRow(
  row: OverrideRow,
  action: ChangeRow['action'],
  actor: string,
  reason: string,
  at: string,
): ChangeRow {
  return {
    id: randomUUID(),
    override_id: row.id,
    rotation: row.rotation,
    action,
    actor,
    reason,
    at,
    snapshot: JSON.stringify(toOverride(row)),
  };
}
