import type { AccessAuditEvent } from '@localplus/plugin-access-common';

/**
 * The events-service topic on which the permission policy publishes each
 * decision on a non-read permission; the Access backend subscribes and keeps
 * them as the audit trail.
 */
export const ACCESS_DECISION_TOPIC = 'localplus.access.decision';

/** The payload published on {@link ACCESS_DECISION_TOPIC}: an audit event without its id. */
export type AccessDecisionEventPayload = Omit<AccessAuditEvent, 'id'> & {
  source: 'policy';
  outcome: 'allowed' | 'conditional' | 'denied';
};
