import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** The ADR backend's audited changes: a new record, a refresh of the index. */
export type AdrAuditEvent = 'adr-record-create' | 'adr-index-refresh';

/**
 * Runs a change inside an auditor event that opens before the request is
 * checked and closes with the outcome, so refused and failed attempts are
 * on the trail too (the compliance plugin reads it as evidence).
 */
export async function auditedMutation<T>(
  auditor: AuditorService,
  options: {
    eventId: AdrAuditEvent;
    severityLevel: 'low' | 'medium';
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
