import { BUDGET_POLICY } from '@localplus/plugin-slo-common';
import { POLICY_PRESENTATION } from '../../policy/policyPresentation';

/** Remaining share (in %) at which each stricter policy state starts: 50, 25, 10. */
export const POLICY_LINES = BUDGET_POLICY.filter(step => step.from > 0).map(
  step => ({
    remaining: Math.round((1 - step.from) * 100),
    label: POLICY_PRESENTATION[step.state].label,
  }),
);
