import {
  BUDGET_POLICY,
  type BudgetPolicyState,
} from '@localplus/plugin-slo-common';

export type PolicyTone = 'ok' | 'warning' | 'error' | 'critical' | 'unknown';

export type PolicyPresentation = {
  /** The chip text, also what e2e tests look for. */
  label: string;
  /** The state and what it asks of the team, in one line. */
  headline: string;
  /** What the state means for deployments. */
  deployments: string;
  tone: PolicyTone;
};

/**
 * How each state of `BUDGET_POLICY` reads in the portal. The thresholds come
 * from the policy itself; only the wording lives here.
 */
export const POLICY_PRESENTATION: Record<
  BudgetPolicyState,
  PolicyPresentation
> = {
  normal: {
    label: 'Normal',
    headline: 'Normal — normal development velocity',
    deployments: 'Deploy as usual.',
    tone: 'ok',
  },
  careful: {
    label: 'Careful deployments',
    headline: 'Careful deployments — more testing before shipping',
    deployments:
      'Deploy with more testing, smaller changes and a close eye on the burn rate after each release.',
    tone: 'warning',
  },
  freeze: {
    label: 'Feature freeze',
    headline: 'Feature freeze — reliability work first',
    deployments:
      'Feature deployments are frozen: only reliability work and fixes ship until the budget recovers.',
    tone: 'error',
  },
  emergency: {
    label: 'Emergency',
    headline: 'Emergency — only critical fixes ship',
    deployments: 'Only critical fixes are deployed.',
    tone: 'critical',
  },
};

/** The label of objectives that could not be measured. */
export const UNKNOWN_STATE_LABEL = 'Unknown';

/** The policy states in the order they tighten. */
export const POLICY_STATES: readonly BudgetPolicyState[] = BUDGET_POLICY.map(
  step => step.state,
);

/** When a state applies: `from 75 % of the budget consumed`. */
export function policyThreshold(state: BudgetPolicyState): string {
  const index = BUDGET_POLICY.findIndex(step => step.state === state);
  const step = BUDGET_POLICY[index];
  const next = BUDGET_POLICY[index + 1];
  const from = Math.round(step.from * 100);
  if (!next) {
    return `from ${from} % of the budget consumed`;
  }
  const to = Math.round(next.from * 100);
  return from === 0
    ? `under ${to} % of the budget consumed`
    : `from ${from} % to under ${to} % of the budget consumed`;
}
