import {
  budgetsSlices,
  BUDGET_POLICY,
  budgetPolicyState,
  hasEnoughEvents,
  removeDecimalNoise,
} from '@localplus/plugin-slo-common';
import type {
  BurnRateAlertReport,
  BurnRateReport,
  ErrorBudgetReport,
  ObjectiveMeasurement,
  ObjectiveStatus,
  SloWindowReport,
} from '@localplus/plugin-slo-common';
import {
  objectiveAlertWindows,
  QUERY_IDS,
  sliceSeconds,
} from './objectiveQueries';
import type { ResolvedObjective } from './resolvedObjective';

/** Burn rates are compared rounded to a millionth, exactly as the generated alert rules do. */
const BURN_RATE_PRECISION = 1e6;

export type MeasuredObjective = {
  status: Exclude<ObjectiveStatus, 'error'>;
  measurement: ObjectiveMeasurement;
};

/**
 * Turns the raw values of an objective's queries into what the portal shows.
 * `value(id)` is undefined where the source had no data.
 */
export function measureObjective(
  resolved: ResolvedObjective,
  window: SloWindowReport,
  value: (id: string) => number | undefined,
  minimumEvents: number,
): MeasuredObjective {
  const allowed = removeDecimalNoise(1 - resolved.target);
  const windowError = clampRatio(value(QUERY_IDS.windowErrorRatio));
  const events = value(QUERY_IDS.windowEvents);
  const hasEvents =
    events === undefined ? windowError !== undefined : events > 0;

  const alertWindows = objectiveAlertWindows(resolved);
  const burnRates: BurnRateReport[] = alertWindows.burnWindows.map(
    burnWindow => {
      const errorRatio = clampRatio(value(QUERY_IDS.errorRatio(burnWindow)));
      return {
        window: burnWindow,
        errorRatio: errorRatio ?? null,
        burnRate:
          errorRatio === undefined
            ? null
            : removeDecimalNoise(errorRatio / allowed),
      };
    },
  );
  const isRatio = Boolean(resolved.slo.spec.indicator.spec.ratioMetric);
  const enoughEvents = (longWindow: string) =>
    !isRatio ||
    hasEnoughEvents(value(QUERY_IDS.events(longWindow)) ?? 0, minimumEvents);
  const burnOf = (w: string) => burnRates.find(r => r.window === w)?.burnRate;
  const alerts: BurnRateAlertReport[] = alertWindows.alerts.map(alert => {
    const burns = [alert.longWindow, alert.shortWindow].every(w => {
      const rate = burnOf(w);
      if (rate === null || rate === undefined) {
        return false;
      }
      const rounded =
        Math.round(rate * BURN_RATE_PRECISION) / BURN_RATE_PRECISION;
      return alert.op === 'gt'
        ? rounded > alert.burnRate
        : rounded >= alert.burnRate;
    });
    const enough = enoughEvents(alert.longWindow);
    return {
      ...alert,
      firing: burns && enough,
      heldByLowTraffic: burns && !enough,
    };
  });
  // The shortest long window: below the minimum there, the objective is low traffic.
  const lowTraffic = !enoughEvents(alertWindows.guardedWindows[0]);

  if (windowError === undefined || !hasEvents) {
    return {
      status: 'no-data',
      measurement: {
        sli: null,
        events: events ?? null,
        budget: null,
        burnRates,
        alerts,
        lowTraffic,
        policy: null,
      },
    };
  }
  const consumed = consumedFraction(
    resolved,
    window,
    windowError,
    events,
    allowed,
  );
  const state = budgetPolicyState(consumed);
  return {
    status: 'ok',
    measurement: {
      sli: removeDecimalNoise(1 - windowError),
      events: events ?? null,
      budget: budgetReport(allowed, window.seconds, consumed),
      burnRates,
      alerts,
      lowTraffic,
      policy: {
        state,
        meaning: BUDGET_POLICY.find(step => step.state === state)!.meaning,
      },
    },
  };
}

/**
 * Share of the budget spent. With Occurrences the budget is a share of the
 * events seen so far, so it is the error ratio over the allowed ratio. With
 * Timeslices the budget is a number of bad slices over the whole window (a
 * calendar period included), so the bad slices so far count against it.
 */
export function consumedFraction(
  resolved: ResolvedObjective,
  window: SloWindowReport,
  errorRatio: number,
  events: number | undefined,
  allowed: number,
): number {
  if (budgetsSlices(resolved.slo) && events !== undefined) {
    const allowedSlices = allowed * (window.seconds / sliceSeconds(resolved));
    return removeDecimalNoise((errorRatio * events) / allowedSlices);
  }
  return removeDecimalNoise(errorRatio / allowed);
}

export function budgetReport(
  allowedFraction: number,
  windowSeconds: number,
  consumed: number,
): ErrorBudgetReport {
  const allowedSeconds = removeDecimalNoise(allowedFraction * windowSeconds);
  const consumedSeconds = removeDecimalNoise(consumed * allowedSeconds);
  return {
    allowedFraction,
    allowedSeconds,
    consumedFraction: consumed,
    remainingFraction: removeDecimalNoise(1 - consumed),
    consumedSeconds,
    remainingSeconds: removeDecimalNoise(allowedSeconds - consumedSeconds),
  };
}

/**
 * Counter maths can land a hair outside [0, 1] (extrapolation at window edges,
 * or good slightly above total while scrapes settle).
 */
function clampRatio(ratio: number | undefined): number | undefined {
  if (ratio === undefined || Number.isNaN(ratio)) {
    return undefined;
  }
  return Math.min(1, Math.max(0, ratio));
}
