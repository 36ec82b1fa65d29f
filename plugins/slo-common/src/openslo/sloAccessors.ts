import { removeDecimalNoise } from '../budget/decimalNoise';
import { durationToSeconds, NOMINAL_MONTH_SECONDS } from './durations';
import type { OpenSloObjective, OpenSloSlo } from './schema';

/** The objective's target as a fraction, whichever way the document wrote it. */
export function objectiveTarget(objective: OpenSloObjective): number {
  if (objective.target !== undefined) {
    return objective.target;
  }
  return removeDecimalNoise((objective.targetPercent ?? NaN) / 100);
}

/** The SLO window in seconds; calendar months count as a nominal 30 days. */
export function sloWindowSeconds(slo: OpenSloSlo): number {
  const [window] = slo.spec.timeWindow;
  if (window.isRolling === false) {
    return NOMINAL_MONTH_SECONDS;
  }
  return durationToSeconds(window.duration) ?? NaN;
}
