/**
 * The LOCAL-PLUS error budget policy: what a team may ship depending on how
 * much of the budget the window has consumed.
 */
export type BudgetPolicyState = 'normal' | 'careful' | 'freeze' | 'emergency';

export type BudgetPolicyStep = {
  state: BudgetPolicyState;
  /** The state applies from this consumed share (inclusive) upwards. */
  from: number;
  meaning: string;
};

/**
 * Boundary rule: reaching a threshold already puts the team in the stricter
 * state (0.5 is careful, 0.75 is freeze, 0.9 is emergency). At the exact
 * boundary the budget is as spent as it is just above it, so we err on the
 * side of reliability.
 */
export const BUDGET_POLICY: readonly BudgetPolicyStep[] = [
  { state: 'normal', from: 0, meaning: 'normal development velocity' },
  { state: 'careful', from: 0.5, meaning: 'more testing, careful deployments' },
  {
    state: 'freeze',
    from: 0.75,
    meaning: 'feature freeze, reliability work first',
  },
  { state: 'emergency', from: 0.9, meaning: 'only critical fixes ship' },
];

/** The policy state for a consumed share of the budget (0..1, may exceed 1). */
export function budgetPolicyState(consumed: number): BudgetPolicyState {
  if (Number.isNaN(consumed)) {
    throw new RangeError('consumed must be a number');
  }
  let state: BudgetPolicyState = 'normal';
  for (const step of BUDGET_POLICY) {
    if (consumed >= step.from) {
      state = step.state;
    }
  }
  return state;
}
