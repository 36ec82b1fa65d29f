export type {
  BudgetSnapshot,
  SnapshotHistoryOptions,
  SnapshotStore,
} from './SnapshotStore';
export { DatabaseSnapshotStore } from './DatabaseSnapshotStore';
export {
  DEFAULT_SNAPSHOT_RETENTION_DAYS,
  retentionCutoffDay,
} from './snapshotRetention';
export { isUtcDay, MAX_OBJECTIVE_KEY_LENGTH } from './snapshotValidation';
