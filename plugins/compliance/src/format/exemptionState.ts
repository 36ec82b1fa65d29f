import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import { DateTime } from 'luxon';

/** An exemption's state as people read it: an approval past its expiry no longer counts. */
export type ExemptionState = 'requested' | 'in force' | 'expired' | 'rejected';

export function exemptionState(exemption: ComplianceExemption): ExemptionState {
  if (exemption.status === 'rejected') {
    return 'rejected';
  }
  if (exemption.status === 'requested') {
    return 'requested';
  }
  const expiry = DateTime.fromISO(exemption.expiresAt);
  return expiry.isValid && expiry <= DateTime.now() ? 'expired' : 'in force';
}

/** Whether an exemption is still open or in force for its subject: no second request then. */
export function isPendingOrInForce(exemption: ComplianceExemption): boolean {
  const state = exemptionState(exemption);
  return state === 'requested' || state === 'in force';
}
