import { durationToSeconds } from '../openslo/durations';
import { WINDOW_PLACEHOLDER } from '../openslo/promqlSafety';
import type { OpenSloObjective, OpenSloSlo } from '../openslo/schema';

/**
 * The PromQL behind one objective, for any window: what the recording rules,
 * the alerts and the SLO backend all measure. Every expression yields one
 * series without labels, or nothing when there is no data.
 */
export type SloQueries = {
  /**
   * What the SLI counts: requests (`events`) for an Occurrences ratio, time
   * slices (`slices`) for Timeslices and RatioTimeslices budgeting and for
   * threshold metrics.
   */
  unit: 'events' | 'slices';
  /** The slice length when `unit` is `slices`, e.g. `1m`. */
  sliceWindow?: string;
  /** Share of bad events, or of bad slices, over `window` (0 to 1). */
  errorRatio(window: string): string;
  /** The SLI's denominator over `window`: events, or slices that had data. */
  events(window: string): string;
  /** The SLI's numerator over `window`: good events, or good slices. */
  goodEvents(window: string): string;
  /**
   * Events counted by the total query over `window`, whatever the budgeting
   * method: what the low-traffic guard compares with `minimumEvents`.
   * Undefined for threshold metrics, which have no events.
   */
  totalEvents(window: string): string | undefined;
};

/** For a threshold objective, the comparison that marks a slice as bad. */
const BAD_WHEN: Record<NonNullable<OpenSloObjective['op']>, string> = {
  lte: '>',
  lt: '>=',
  gte: '<',
  gt: '<=',
};

/** Threshold metrics under Occurrences budgeting still need a slice length. */
const DEFAULT_SLICE = '1m';

/**
 * Builds the queries of `objective`. Windows are PromQL durations with one
 * unit (`5m`, `30d`, `2678400s`); anything else throws a `RangeError`, since
 * the window is spliced into the query.
 *
 * Event counts assume the total query is a per-second rate, as in
 * `rate(x_total[{{window}}])`: events over a window are that rate times the
 * window's seconds.
 */
export function sloQueries(
  slo: OpenSloSlo,
  objective: OpenSloObjective,
): SloQueries {
  const { ratioMetric, thresholdMetric } = slo.spec.indicator.spec;
  if (thresholdMetric) {
    return thresholdQueries(thresholdMetric.metricSource.spec.query, objective);
  }
  const ratio = ratioQueries(ratioMetric!);
  if (slo.spec.budgetingMethod === 'Timeslices') {
    return ratioTimesliceQueries(
      ratio,
      objective,
      slice =>
        `(${ratio.goodRatio(slice)}) >= bool ${objective.timeSliceTarget}`,
    );
  }
  if (slo.spec.budgetingMethod === 'RatioTimeslices') {
    return ratioTimesliceQueries(ratio, objective, ratio.goodRatio);
  }
  return {
    unit: 'events',
    errorRatio: window => ratio.errorRatio(checked(window)),
    events: window => ratio.totalEvents(checked(window)),
    goodEvents: window => ratio.goodEvents(checked(window)),
    totalEvents: window => ratio.totalEvents(checked(window)),
  };
}

type RatioMetric = NonNullable<
  OpenSloSlo['spec']['indicator']['spec']['ratioMetric']
>;

/**
 * Occurrences over a window. Each user query is wrapped in `sum(...)` so the
 * result is one series whatever labels the query keeps. The numerator falls
 * back to `vector(0)`: a counter of errors often has no series until the first
 * error, and a healthy service must measure 0, not "no data".
 */
function ratioQueries(ratioMetric: RatioMetric) {
  const total = (window: string) => totalRate(ratioMetric, window);
  const part = (query: string, window: string) =>
    `(sum(${inWindow(query, window)}) or vector(0))`;
  const bad = ratioMetric.bad?.metricSource.spec.query;
  const good = ratioMetric.good?.metricSource.spec.query;
  const seconds = (window: string) => durationToSeconds(window)!;
  return {
    errorRatio: (window: string) =>
      bad !== undefined
        ? `${part(bad, window)} / ${total(window)}`
        : `1 - (${part(good!, window)} / ${total(window)})`,
    /**
     * Good share of one slice. A slice without traffic has no ratio at all
     * (`> 0` drops it) rather than 0/0: `NaN >= bool t` is 0 and would count
     * an idle minute as a bad one.
     */
    goodRatio: (window: string) =>
      bad !== undefined
        ? `1 - ${part(bad, window)} / (${total(window)} > 0)`
        : `${part(good!, window)} / (${total(window)} > 0)`,
    totalEvents: (window: string) => `${total(window)} * ${seconds(window)}`,
    goodEvents: (window: string) =>
      bad !== undefined
        ? `(${total(window)} - ${part(bad, window)}) * ${seconds(window)}`
        : `${part(good!, window)} * ${seconds(window)}`,
  };
}

/**
 * Time slices over a ratio, each slice counting for `goodShare` of it: under
 * Timeslices 1 when its good ratio reaches `timeSliceTarget` and 0 otherwise,
 * under RatioTimeslices its good ratio itself. The error ratio is the bad
 * share of the slices that had traffic. Subquery steps are aligned on
 * multiples of the slice, so consecutive slices do not overlap.
 */
function ratioTimesliceQueries(
  ratio: ReturnType<typeof ratioQueries>,
  objective: OpenSloObjective,
  goodShare: (slice: string) => string,
): SloQueries {
  const slice = objective.timeSliceWindow!;
  const goodSlice = goodShare(slice);
  const over = (window: string) => `[${checked(window)}:${slice}]`;
  return {
    unit: 'slices',
    sliceWindow: slice,
    errorRatio: window => `1 - avg_over_time((${goodSlice})${over(window)})`,
    events: window => `count_over_time((${goodSlice})${over(window)})`,
    goodEvents: window => `sum_over_time((${goodSlice})${over(window)})`,
    totalEvents: window => ratio.totalEvents(checked(window)),
  };
}

/**
 * A threshold metric has no events to count: its SLI is the share of slices
 * (subquery steps) where the value met the objective. The query is read once
 * per slice, so it should itself cover the slice, e.g. `min_over_time(x[1m])`.
 * Good slices are counted as "not bad" so that a NaN value (a quantile without
 * traffic) is good in every query alike: `NaN > bool v` is 0.
 */
function thresholdQueries(
  query: string,
  objective: OpenSloObjective,
): SloQueries {
  const slice = objective.timeSliceWindow ?? DEFAULT_SLICE;
  const value = `max(${query})`;
  const badSlice = `${value} ${BAD_WHEN[objective.op!]} bool ${
    objective.value
  }`;
  const over = (window: string) => `[${checked(window)}:${slice}]`;
  return {
    unit: 'slices',
    sliceWindow: slice,
    errorRatio: window => `avg_over_time((${badSlice})${over(window)})`,
    events: window => `count_over_time((${value})${over(window)})`,
    goodEvents: window => `sum_over_time((1 - (${badSlice}))${over(window)})`,
    totalEvents: () => undefined,
  };
}

/**
 * The total query's per-second rate over `window`, summed to one series; the
 * rules record it for the low-traffic guard. Undefined for threshold metrics.
 */
export function totalRateExpression(
  slo: OpenSloSlo,
  window: string,
): string | undefined {
  const ratioMetric = slo.spec.indicator.spec.ratioMetric;
  return ratioMetric ? totalRate(ratioMetric, checked(window)) : undefined;
}

function totalRate(ratioMetric: RatioMetric, window: string): string {
  return `sum(${inWindow(ratioMetric.total.metricSource.spec.query, window)})`;
}

function inWindow(query: string, window: string): string {
  return query.split(WINDOW_PLACEHOLDER).join(window);
}

function checked(window: string): string {
  if (durationToSeconds(window) === undefined) {
    throw new RangeError(
      `window must be a PromQL duration with one unit, such as 5m or 30d, not "${window}"`,
    );
  }
  return window;
}
