import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import { collectionContext as runContext } from '@localplus/plugin-compliance-node/testUtils';

/** Every access check, as controls cite them without params. */
export const ALL_ACCESS_CHECKS: ControlEvidence[] = [
  { check: 'access.policy' },
  { check: 'access.admins' },
  { check: 'access.audit-trail' },
];

/** A run at `now` looking back 30 days, asking for `requested`. */
export function collectionContext(
  now: Date,
  requested: ControlEvidence[] = ALL_ACCESS_CHECKS,
) {
  return runContext(requested, { now });
}
