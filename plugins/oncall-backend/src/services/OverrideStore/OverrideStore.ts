import type {
  OnCallRole,
  OverrideChange,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';

/** An override to be made: everything but what the store assigns. */
export interface OverrideDraft {
  rotation: string;
  role: OnCallRole;
  /** ISO UTC instants of the canonical shape `2026-12-07T09:00:00.000Z`; `end` exclusive. */
  start: string;
  end: string;
  user: string;
  replaces?: string;
  reason: string;
}

/** An override as stored, with its cancellation once cancelled. */
export interface StoredOverride extends ScheduleOverride {
  cancelledAt?: string;
  cancelledBy?: string;
  cancelReason?: string;
}

export interface CreateOverridesInput {
  /** One override, or the two of a swap (then `swap` is true). */
  drafts: OverrideDraft[];
  /** Gives the drafts one shared `swapId`. */
  swap?: boolean;
  /** The user making the change. */
  actor: string;
  /** When the change is made (ISO UTC). */
  at: string;
}

export interface CancelOverrideInput {
  id: string;
  actor: string;
  reason: string;
  at: string;
}

export interface ActiveOverridesFilter {
  rotation?: string;
  role?: OnCallRole;
  /** Overrides ending after this instant... */
  from: string;
  /** ...and starting before this one, when given. */
  to?: string;
}

/**
 * The portal's overrides. Every creation and cancellation is recorded as an
 * `OverrideChange` in the same transaction as the change itself.
 */
export interface OverrideStore {
  /**
   * Stores the drafts together, or none of them: `ConflictError` when one
   * overlaps an active override of the same rotation and role (or another
   * draft), checked inside the transaction so that concurrent requests,
   * on any replica, cannot both succeed.
   */
  create(input: CreateOverridesInput): Promise<ScheduleOverride[]>;
  /** One override, cancelled or not; undefined for an unknown id. */
  get(id: string): Promise<StoredOverride | undefined>;
  /** Overrides not cancelled that intersect the span, earliest first. */
  listActive(filter: ActiveOverridesFilter): Promise<ScheduleOverride[]>;
  /**
   * Cancels an override and, when it is half of a swap, the other half:
   * `NotFoundError` for an unknown id, `ConflictError` when already cancelled.
   * Returns what was cancelled.
   */
  cancel(input: CancelOverrideInput): Promise<StoredOverride[]>;
  /** A rotation's recorded changes, newest first. */
  listChanges(rotation: string, limit: number): Promise<OverrideChange[]>;
}
