import type { OpenSloObjective, OpenSloSlo } from '../openslo/schema';
import { WINDOW_PLACEHOLDER } from '../openslo/promqlSafety';

/** For a threshold objective, the comparison that marks a slice as bad. */
const BAD_WHEN: Record<NonNullable<OpenSloObjective['op']>, string> = {
  lte: '>',
  lt: '>=',
  gte: '<',
  gt: '<=',
};

const DEFAULT_SLICE = '1m';

function inWindow(query: string, window: string): string {
  return query.split(WINDOW_PLACEHOLDER).join(window);
}

/**
 * PromQL for the share of bad events over `window`. Each user query is wrapped
 * in `sum(...)` so the result is one series whatever labels the query keeps,
 * which is what the recording rule's own labels then identify.
 *
 * A threshold metric has no events to count, so its ratio is the share of
 * slices (subquery steps) where the value broke the objective.
 */
export function errorRatioExpression(
  slo: OpenSloSlo,
  objective: OpenSloObjective,
  window: string,
): string {
  const { ratioMetric, thresholdMetric } = slo.spec.indicator.spec;
  if (ratioMetric) {
    const total = `sum(${inWindow(
      ratioMetric.total.metricSource.spec.query,
      window,
    )})`;
    if (ratioMetric.bad) {
      return `${`sum(${inWindow(
        ratioMetric.bad.metricSource.spec.query,
        window,
      )})`} / ${total}`;
    }
    const good = ratioMetric.good!.metricSource.spec.query;
    return `1 - (sum(${inWindow(good, window)}) / ${total})`;
  }
  const query = thresholdMetric!.metricSource.spec.query;
  const slice = objective.timeSliceWindow ?? DEFAULT_SLICE;
  const badWhen = BAD_WHEN[objective.op!];
  return `avg_over_time((max(${query}) ${badWhen} bool ${objective.value})[${window}:${slice}])`;
}

/** PromQL for the total event rate over `window`, used by the low-traffic guard. */
export function totalRateExpression(
  slo: OpenSloSlo,
  window: string,
): string | undefined {
  const ratioMetric = slo.spec.indicator.spec.ratioMetric;
  return ratioMetric
    ? `sum(${inWindow(ratioMetric.total.metricSource.spec.query, window)})`
    : undefined;
}
