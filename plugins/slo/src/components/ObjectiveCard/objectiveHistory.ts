import type {
  EntitySloHistory,
  ObjectiveSnapshot,
} from '@localplus/plugin-slo-common';
import type { AsyncResult } from '@localplus/portal-react';
import { formatPercent } from '../../format/formatPercent';

/** The budget history of one objective, as its card receives it. */
export type ObjectiveHistoryState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'loaded'; snapshots: ObjectiveSnapshot[] };

/**
 * The snapshots of one objective out of the entity's history (matched by
 * key). An objective the history does not list has no snapshot stored yet.
 */
export function objectiveHistoryState(
  history: Omit<AsyncResult<EntitySloHistory>, 'reload'>,
  key: string,
): ObjectiveHistoryState {
  if (history.error) {
    return { status: 'error', error: history.error };
  }
  if (!history.value) {
    return { status: 'loading' };
  }
  const objective = history.value.objectives.find(o => o.key === key);
  return { status: 'loaded', snapshots: objective?.snapshots ?? [] };
}

/** What the section says instead of a chart, when there are fewer than two days. */
export function tooFewSnapshots(snapshots: ObjectiveSnapshot[]): string {
  if (snapshots.length === 0) {
    return 'No daily snapshot stored yet: the backend stores one a day.';
  }
  return `Only one daily snapshot so far (${snapshots[0].day}): the trend appears as days pass.`;
}

/**
 * The one-line reading of the chart: how many days, since when, and the
 * remaining budget from the oldest to the newest day that has one:
 * `12 daily snapshots since 2026-11-10; remaining budget 80 % → 72 %`.
 */
export function historySummary(snapshots: ObjectiveSnapshot[]): string {
  const days = `${snapshots.length} daily snapshots since ${snapshots[0].day}`;
  const remaining = snapshots.flatMap(s =>
    s.remainingFraction === null ? [] : [s.remainingFraction],
  );
  if (remaining.length === 0) {
    return `${days}; no remaining budget measured in them`;
  }
  const first = formatPercent(remaining[0]);
  const last = formatPercent(remaining[remaining.length - 1]);
  return `${days}; remaining budget ${first} → ${last}`;
}
