import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** The compliance backend's audited changes. */
export type ComplianceAuditEvent =
  | 'compliance-exemption-request'
  | 'compliance-exemption-decide'
  | 'compliance-evaluation-run';

/**
 * Runs a change inside an auditor event opened before the request is read
 * and closed with the outcome, so refused and failed attempts are on the
 * audit trail too: an exemption is exactly what an auditor asks about.
 */
export async function auditedMutation<T>(
  auditor: AuditorService,
  options: {
    eventId: ComplianceAuditEvent;
    severityLevel: 'low' | 'medium' | 'high';
    request: Request;
    meta?: AuditMeta;
  },
  change: () => Promise<{ result: T; meta: AuditMeta }>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId: options.eventId,
    severityLevel: options.severityLevel,
    request: options.request,
    meta: options.meta,
  });
  try {
    const { result, meta } = await change();
    await event.success({ meta });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
