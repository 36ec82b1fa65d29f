import {
  burnRateAlertWindows,
  BurnRateAlertWindow,
  secondsToWindow,
  shortWindowSeconds,
} from '../budget/burnRateAlertWindows';
import { durationToSeconds } from '../openslo/durations';
import type { OpenSloObjective, OpenSloSlo } from '../openslo/schema';
import {
  objectiveStepSeconds,
  sloAlertPeriodSeconds,
} from '../openslo/sloAccessors';
import {
  SloAlertCondition,
  sloAlertConditions,
} from '../openslo/sloAlertConditions';

/**
 * The burn-rate alerts of one objective. When the SLO names alert policies,
 * one alert per burn-rate condition: `threshold` is the burn rate,
 * `lookbackWindow` the long window, a twelfth of it the short window,
 * `alertAfter` the rule's `for:`. Otherwise the workbook table scaled to the
 * SLO window (a calendar window as its shortest period). Windows are whole
 * minutes, or whole time slices when the objective counts slices. The rules,
 * the SLO backend and the SLOs tab all read this one table.
 */
export function sloAlertWindows(
  slo: OpenSloSlo,
  objective: OpenSloObjective,
): BurnRateAlertWindow[] {
  const step = objectiveStepSeconds(slo, objective);
  const conditions = sloAlertConditions(slo);
  if (conditions.length > 0) {
    return conditions.map(condition => conditionWindow(condition, step));
  }
  return burnRateAlertWindows(sloAlertPeriodSeconds(slo), step);
}

function conditionWindow(
  { spec, notificationTargets }: SloAlertCondition,
  stepSeconds: number,
): BurnRateAlertWindow {
  const long = durationToSeconds(spec.condition.lookbackWindow)!;
  const alertAfter = spec.condition.alertAfter;
  return {
    severity: spec.severity as BurnRateAlertWindow['severity'],
    burnRate: spec.condition.threshold,
    longWindow: secondsToWindow(long),
    shortWindow: secondsToWindow(shortWindowSeconds(long, stepSeconds)),
    ...(spec.condition.op === 'gt' ? { op: 'gt' as const } : {}),
    ...(alertAfter && durationToSeconds(alertAfter) ? { alertAfter } : {}),
    ...(notificationTargets.length > 0 ? { notificationTargets } : {}),
  };
}
