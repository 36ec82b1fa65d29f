import type {
  BudgetPolicyState,
  ObjectiveReport,
} from '@localplus/plugin-slo-common';

/** What the headline of an objective shows, live or from its last snapshot. */
export type ObjectiveValues = {
  source: 'live' | 'snapshot' | 'none';
  sli: number | null;
  events?: number | null;
  consumedFraction: number | null;
  remainingFraction: number | null;
  remainingSeconds: number | null;
  allowedSeconds?: number;
  state: BudgetPolicyState | null;
  meaning?: string;
};

/** The live measurement when there is one, else the last daily snapshot. */
export function objectiveValues(objective: ObjectiveReport): ObjectiveValues {
  const { measurement, lastSnapshot, status } = objective;
  if (status !== 'error' && measurement) {
    return {
      source: 'live',
      sli: measurement.sli,
      events: measurement.events,
      consumedFraction: measurement.budget?.consumedFraction ?? null,
      remainingFraction: measurement.budget?.remainingFraction ?? null,
      remainingSeconds: measurement.budget?.remainingSeconds ?? null,
      allowedSeconds: measurement.budget?.allowedSeconds,
      state: measurement.policy?.state ?? null,
      meaning: measurement.policy?.meaning,
    };
  }
  if (lastSnapshot) {
    return {
      source: 'snapshot',
      sli: lastSnapshot.sli,
      consumedFraction: lastSnapshot.consumedFraction,
      remainingFraction: lastSnapshot.remainingFraction,
      remainingSeconds: lastSnapshot.remainingSeconds,
      state: lastSnapshot.state,
    };
  }
  return {
    source: 'none',
    sli: null,
    consumedFraction: null,
    remainingFraction: null,
    remainingSeconds: null,
    state: null,
  };
}
