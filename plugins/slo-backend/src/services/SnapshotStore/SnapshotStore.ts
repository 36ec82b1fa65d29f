import type { ObjectiveSnapshot } from '@localplus/plugin-slo-common';

/**
 * A stored daily snapshot: the `ObjectiveSnapshot` the API serves, plus the
 * identity of its objective and the target and window it was measured with,
 * so that history stays readable after the document changes.
 */
export type BudgetSnapshot = ObjectiveSnapshot & {
  /** `<entityRef>#<slo name>#<objective index>`, at most 512 characters. */
  key: string;
  entityRef: string;
  sloName: string;
  objectiveIndex: number;
  /** The objective's target as a fraction, e.g. 0.999. */
  target: number;
  /** The window as written in the document, e.g. `30d` or `1M`. */
  windowDuration: string;
};

export type SnapshotHistoryOptions = {
  /** First day to include (UTC, `YYYY-MM-DD`); all days when absent. */
  sinceDay?: string;
};

/** Where daily budget snapshots are kept: one row per objective and UTC day. */
export interface SnapshotStore {
  /**
   * Stores the rows, replacing any row of the same objective and day. Either
   * every row is written or, if one is invalid (`InputError`), none is.
   */
  saveSnapshots(rows: readonly BudgetSnapshot[]): Promise<void>;

  /** The newest snapshot of each key that has one; absent keys are left out. */
  latestSnapshots(
    objectiveKeys: readonly string[],
  ): Promise<Map<string, BudgetSnapshot>>;

  /** One objective's snapshots, oldest day first. */
  history(
    objectiveKey: string,
    options?: SnapshotHistoryOptions,
  ): Promise<BudgetSnapshot[]>;

  /** Deletes every snapshot of a day before `day`; returns how many went. */
  pruneOlderThan(day: string): Promise<number>;
}
