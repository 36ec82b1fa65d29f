import type { BudgetPolicyState } from '@localplus/plugin-slo-common';
import type { BudgetSnapshot } from './SnapshotStore';

export const SNAPSHOTS_TABLE = 'slo_budget_snapshots';

export type SnapshotDbRow = {
  objective_key: string;
  entity_ref: string;
  slo_name: string;
  objective_index: number;
  day: string;
  /** A Date going in; PostgreSQL gives a Date back, SQLite epoch milliseconds. */
  taken_at: Date | number | string;
  sli: number | null;
  consumed_fraction: number | null;
  remaining_fraction: number | null;
  remaining_seconds: number | null;
  state: string | null;
  target: number;
  window_duration: string;
};

export function toDbRow(snapshot: BudgetSnapshot): SnapshotDbRow {
  return {
    objective_key: snapshot.key,
    entity_ref: snapshot.entityRef,
    slo_name: snapshot.sloName,
    objective_index: snapshot.objectiveIndex,
    day: snapshot.day,
    taken_at: new Date(snapshot.takenAt),
    sli: snapshot.sli,
    consumed_fraction: snapshot.consumedFraction,
    remaining_fraction: snapshot.remainingFraction,
    remaining_seconds: snapshot.remainingSeconds,
    state: snapshot.state,
    target: snapshot.target,
    window_duration: snapshot.windowDuration,
  };
}

function toIsoString(value: SnapshotDbRow['taken_at']): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function toNumberOrNull(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

export function fromDbRow(row: SnapshotDbRow): BudgetSnapshot {
  return {
    key: row.objective_key,
    entityRef: row.entity_ref,
    sloName: row.slo_name,
    objectiveIndex: Number(row.objective_index),
    day: row.day,
    takenAt: toIsoString(row.taken_at),
    sli: toNumberOrNull(row.sli),
    consumedFraction: toNumberOrNull(row.consumed_fraction),
    remainingFraction: toNumberOrNull(row.remaining_fraction),
    remainingSeconds: toNumberOrNull(row.remaining_seconds),
    state: row.state as BudgetPolicyState | null,
    target: Number(row.target),
    windowDuration: row.window_duration,
  };
}
