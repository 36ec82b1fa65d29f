import type {
  CompliancePeriod,
  ControlCoverage,
  ControlFrequency,
  ControlStatus,
} from '@localplus/plugin-compliance-common';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The length of each frequency in milliseconds of elapsed time (no
 * calendar, so no daylight saving shifts). Months and quarters take their
 * longest length: a control evaluated on time is never counted late.
 */
const FREQUENCY_MS: Record<Exclude<ControlFrequency, 'continuous'>, number> = {
  daily: DAY_MS,
  weekly: 7 * DAY_MS,
  monthly: 31 * DAY_MS,
  quarterly: 92 * DAY_MS,
};

/**
 * How long a status found by a run stands without a newer run: twice the
 * control's frequency. A continuous control is evaluated by every scheduled
 * run, so its frequency is the schedule's interval.
 */
export function maxEvaluationGapMs(
  frequency: ControlFrequency,
  scheduleIntervalMs: number,
): number {
  const period =
    frequency === 'continuous' ? scheduleIntervalMs : FREQUENCY_MS[frequency];
  return 2 * period;
}

/** One run's verdict on a control: its worst status over the subjects. */
export interface CoverageSample {
  /** ISO 8601 instant of the run's evaluation. */
  evaluatedAt: string;
  status: ControlStatus;
}

export interface CoverageOptions {
  period: CompliancePeriod;
  /** See `maxEvaluationGapMs`. */
  maxGapMs: number;
  /**
   * The present: the part of the period after it has not happened yet and
   * counts as nothing (neither evaluated nor unevaluated).
   */
  now?: Date;
}

/**
 * A control's coverage over a period, from the statuses its runs found.
 *
 * A run's status holds from its evaluation until the next run, but for at
 * most `maxGapMs`: past that the evidence is stale, and the rest of the gap
 * is unevaluated. Time before the first run is unevaluated too, unless a
 * sample from before the period is given: its status carries into the
 * period under the same limit (that run is not counted in `runs`).
 * Not-applicable time counts as satisfied: nothing was wrong.
 *
 * Works on epoch milliseconds only, so the answer does not depend on time
 * zones or daylight saving time.
 */
export function computeCoverage(
  samples: CoverageSample[],
  options: CoverageOptions,
): ControlCoverage {
  const start = Date.parse(options.period.from);
  const periodEnd = Date.parse(options.period.to);
  const end = options.now
    ? Math.min(periodEnd, options.now.getTime())
    : periodEnd;
  const coverage: ControlCoverage = {
    satisfiedRatio: null,
    satisfiedMs: 0,
    notSatisfiedMs: 0,
    errorMs: 0,
    unevaluatedMs: Math.max(0, end - start),
    runs: 0,
  };
  if (!(end > start) || !(options.maxGapMs > 0)) {
    return coverage;
  }

  const timeline = samples
    .map(sample => ({
      at: Date.parse(sample.evaluatedAt),
      status: sample.status,
    }))
    .filter(sample => Number.isFinite(sample.at) && sample.at < end)
    .sort((a, b) => a.at - b.at);
  // Of the samples before the period, only the latest can still hold in it.
  const firstInPeriod = timeline.findIndex(sample => sample.at >= start);
  const relevant =
    firstInPeriod === -1
      ? timeline.slice(-1)
      : timeline.slice(Math.max(0, firstInPeriod - 1));

  relevant.forEach((sample, index) => {
    if (sample.at >= start) coverage.runs += 1;
    const next = relevant[index + 1]?.at ?? end;
    const from = Math.max(sample.at, start);
    const until = Math.min(next, sample.at + options.maxGapMs, end);
    const held = Math.max(0, until - from);
    if (sample.status === 'not-satisfied') {
      coverage.notSatisfiedMs += held;
    } else if (sample.status === 'error') {
      coverage.errorMs += held;
    } else {
      coverage.satisfiedMs += held;
    }
  });

  const evaluated =
    coverage.satisfiedMs + coverage.notSatisfiedMs + coverage.errorMs;
  coverage.unevaluatedMs = end - start - evaluated;
  coverage.satisfiedRatio =
    evaluated > 0 ? coverage.satisfiedMs / evaluated : null;
  return coverage;
}
