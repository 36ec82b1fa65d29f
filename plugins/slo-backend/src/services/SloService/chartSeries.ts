import type { SloMetricSource } from '@localplus/plugin-slo-node';
import type {
  ObjectiveSeries,
  SeriesPoint,
  SloWindowReport,
} from '@localplus/plugin-slo-common';
import { budgetsSlices } from '@localplus/plugin-slo-common';
import { queryRangeBatch } from './batchedQueries';
import { QUERY_IDS, sliceSeconds, stepQueries } from './objectiveQueries';
import type { ResolvedObjective } from './resolvedObjective';

/** About this many points per chart: enough for a smooth line, little to send. */
const TARGET_POINTS = 120;

/** A step of whole minutes giving about TARGET_POINTS points over the window. */
export function chartStepSeconds(window: SloWindowReport): number {
  return Math.max(
    60,
    Math.ceil(window.elapsedSeconds / TARGET_POINTS / 60) * 60,
  );
}

/**
 * The SLI of each step and the budget left at each step. The budget starts
 * full at the window's start and each step spends its bad events (or bad
 * slices) from it, so the last point is the budget left now.
 */
export async function chartSeries(
  source: SloMetricSource,
  resolved: ResolvedObjective,
  window: SloWindowReport,
): Promise<ObjectiveSeries> {
  const stepSeconds = chartStepSeconds(window);
  const startMs = Date.parse(window.start) + stepSeconds * 1000;
  const endMs = Date.parse(window.end);
  const values = await queryRangeBatch(
    source,
    resolved.environment,
    stepQueries(resolved, stepSeconds),
    { start: new Date(startMs), end: new Date(endMs), stepSeconds },
  );
  const errors = values.get(QUERY_IDS.windowErrorRatio) ?? new Map();
  const events = values.get(QUERY_IDS.windowEvents);
  const times: number[] = [];
  for (let t = startMs; t <= endMs; t += stepSeconds * 1000) {
    times.push(t);
  }
  const allowed = 1 - resolved.target;
  const eventsAt = (t: number) => (events ? events.get(t) ?? 0 : 1);
  const timeslices = budgetsSlices(resolved.slo);
  // The budget as a count: bad slices allowed over the whole window, or bad
  // events allowed among the events the steps saw.
  const budgetCount = timeslices
    ? allowed * (window.seconds / sliceSeconds(resolved))
    : allowed *
      times.reduce((sum, t) => sum + (errors.has(t) ? eventsAt(t) : 0), 0);

  const sli: SeriesPoint[] = [];
  const budgetRemaining: SeriesPoint[] = [];
  let spent = 0;
  for (const t of times) {
    const error = errors.get(t);
    sli.push({ t, value: error === undefined ? null : clamp(1 - error) });
    if (error !== undefined) {
      spent += clamp(error) * eventsAt(t);
    }
    budgetRemaining.push({
      t,
      value: budgetCount > 0 ? 1 - spent / budgetCount : null,
    });
  }
  return { sli, budgetRemaining, stepSeconds };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
