import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/**
 * Runs a change of overrides inside an `oncall-override` audit event: the
 * event opens before anything is checked, and closes with the outcome, so
 * refused attempts are on the trail too.
 */
export async function auditedChange<T>(
  auditor: AuditorService,
  options: { request?: Request; meta: AuditMeta },
  change: () => Promise<{ result: T; meta: AuditMeta }>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId: 'oncall-override',
    severityLevel: 'medium',
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
