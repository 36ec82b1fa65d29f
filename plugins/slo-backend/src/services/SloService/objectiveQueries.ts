import {
  durationToSeconds,
  errorRatioWindows,
  sloAlertWindows,
  sloQueries,
} from '@localplus/plugin-slo-common';
import type { SloWindowReport } from '@localplus/plugin-slo-common';
import type { LabelledQuery } from './batchedQueries';
import { elapsedRange } from './sloWindow';
import type { ResolvedObjective } from './resolvedObjective';

/** Ids of the values one objective needs, before the per-objective prefix. */
export const QUERY_IDS = {
  windowErrorRatio: 'window_error',
  windowEvents: 'window_events',
  errorRatio: (window: string) => `error_${window}`,
  events: (window: string) => `events_${window}`,
};

/**
 * The objective's alert table (the workbook's scaled to its SLO window and
 * slices), the windows it reads, and its long windows, where the low-traffic
 * guard counts events: the same table the generated rules alert on.
 */
export function objectiveAlertWindows(resolved: ResolvedObjective) {
  const alerts = sloAlertWindows(resolved.slo, resolved.objective);
  return {
    alerts,
    burnWindows: errorRatioWindows(alerts),
    guardedWindows: [...new Set(alerts.map(w => w.longWindow))],
  };
}

/**
 * The instant queries that measure one objective: its error ratio and event
 * count over the (elapsed) SLO window, the error ratio over every burn-rate
 * window, and the events over each alert's long window for the traffic guard.
 */
export function instantQueries(
  resolved: ResolvedObjective,
  window: SloWindowReport,
): LabelledQuery[] {
  const queries = sloQueries(resolved.slo, resolved.objective);
  const range = elapsedRange(window);
  const list: LabelledQuery[] = [
    { id: QUERY_IDS.windowErrorRatio, expr: queries.errorRatio(range) },
  ];
  list.push({ id: QUERY_IDS.windowEvents, expr: queries.events(range) });
  const { burnWindows, guardedWindows } = objectiveAlertWindows(resolved);
  for (const burnWindow of burnWindows) {
    list.push({
      id: QUERY_IDS.errorRatio(burnWindow),
      expr: queries.errorRatio(burnWindow),
    });
  }
  for (const longWindow of guardedWindows) {
    const guardEvents = queries.totalEvents(longWindow);
    if (guardEvents) {
      list.push({ id: QUERY_IDS.events(longWindow), expr: guardEvents });
    }
  }
  return list;
}

/** The per-step queries behind the charts: error ratio and events within each step. */
export function stepQueries(
  resolved: ResolvedObjective,
  stepSeconds: number,
): LabelledQuery[] {
  const queries = sloQueries(resolved.slo, resolved.objective);
  const step = `${stepSeconds}s`;
  const list: LabelledQuery[] = [
    { id: QUERY_IDS.windowErrorRatio, expr: queries.errorRatio(step) },
  ];
  list.push({ id: QUERY_IDS.windowEvents, expr: queries.events(step) });
  return list;
}

/** Slice length of a Timeslices objective, in seconds (1 minute by default). */
export function sliceSeconds(resolved: ResolvedObjective): number {
  return durationToSeconds(resolved.objective.timeSliceWindow ?? '1m') ?? 60;
}

/** Prefixes ids so several objectives can share one combined query. */
export function prefixed(
  prefix: string,
  queries: LabelledQuery[],
): LabelledQuery[] {
  return queries.map(query => ({ ...query, id: `${prefix}${query.id}` }));
}
