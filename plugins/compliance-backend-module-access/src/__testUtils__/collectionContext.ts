import { mockServices } from '@backstage/backend-test-utils';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollectionContext } from '@localplus/plugin-compliance-node';

const DAY_MS = 86400_000;

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
): EvidenceCollectionContext {
  return {
    now,
    window: { from: new Date(now.getTime() - 30 * DAY_MS), to: now },
    requested,
    logger: mockServices.logger.mock(),
    signal: new AbortController().signal,
  };
}
