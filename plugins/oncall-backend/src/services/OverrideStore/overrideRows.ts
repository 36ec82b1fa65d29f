import { InputError } from '@backstage/errors';
import { ON_CALL_ROLES, OverrideChange } from '@localplus/plugin-oncall-common';
import type { OverrideDraft, StoredOverride } from './OverrideStore';

export const OVERRIDES_TABLE = 'oncall_overrides';
export const CHANGES_TABLE = 'oncall_override_changes';

export interface OverrideRow {
  id: string;
  rotation: string;
  role: string;
  start_at: string;
  end_at: string;
  user_ref: string;
  replaces: string | null;
  reason: string;
  swap_id: string | null;
  created_by: string;
  created_at: string;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

export interface ChangeRow {
  id: string;
  override_id: string;
  rotation: string;
  action: 'created' | 'cancelled';
  actor: string;
  reason: string;
  at: string;
  snapshot: string;
}

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isOverrideId(id: string): boolean {
  return UUID.test(id);
}

/**
 * Instants are compared as text in the database, which is only time order
 * for one fixed shape: anything else is refused before it is stored.
 */
export function checkInstant(value: string, field: string): string {
  if (
    !CANONICAL_INSTANT.test(value) ||
    new Date(value).toISOString() !== value
  ) {
    throw new InputError(
      `${field} must be an ISO instant like 2026-12-07T09:00:00.000Z, got ${value}`,
    );
  }
  return value;
}

export function checkDraft(draft: OverrideDraft): void {
  checkInstant(draft.start, 'start');
  checkInstant(draft.end, 'end');
  if (draft.start >= draft.end) {
    throw new InputError('An override must end after it starts');
  }
  if (!ON_CALL_ROLES.includes(draft.role)) {
    throw new InputError(`role must be one of ${ON_CALL_ROLES.join(', ')}`);
  }
}

export function toOverride(row: OverrideRow): StoredOverride {
  return {
    id: row.id,
    rotation: row.rotation,
    role: row.role as StoredOverride['role'],
    start: row.start_at,
    end: row.end_at,
    user: row.user_ref,
    ...(row.replaces ? { replaces: row.replaces } : {}),
    reason: row.reason,
    ...(row.swap_id ? { swapId: row.swap_id } : {}),
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.cancelled_at ? { cancelledAt: row.cancelled_at } : {}),
    ...(row.cancelled_by ? { cancelledBy: row.cancelled_by } : {}),
    ...(row.cancel_reason !== null ? { cancelReason: row.cancel_reason } : {}),
  };
}

export function toChange(row: ChangeRow): OverrideChange {
  return {
    id: row.id,
    overrideId: row.override_id,
    rotation: row.rotation,
    action: row.action,
    actor: row.actor,
    reason: row.reason,
    at: row.at,
    override: JSON.parse(row.snapshot),
  };
}
