import { BUDGET_POLICY } from '@localplus/plugin-slo-common';
import {
  POLICY_PRESENTATION,
  POLICY_STATES,
  policyThreshold,
} from './policyPresentation';

describe('policy presentation', () => {
  it('words every state of the budget policy', () => {
    expect(POLICY_STATES).toEqual(['normal', 'careful', 'freeze', 'emergency']);
    for (const step of BUDGET_POLICY) {
      expect(POLICY_PRESENTATION[step.state].label).toBeTruthy();
    }
    expect(POLICY_PRESENTATION.freeze.headline).toBe(
      'Feature freeze — reliability work first',
    );
  });

  it('states the thresholds of the policy', () => {
    expect(policyThreshold('normal')).toBe('under 50 % of the budget consumed');
    expect(policyThreshold('freeze')).toBe(
      'from 75 % to under 90 % of the budget consumed',
    );
    expect(policyThreshold('emergency')).toBe(
      'from 90 % of the budget consumed',
    );
  });
});
