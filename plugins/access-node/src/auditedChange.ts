import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
  AuditorServiceEventSeverityLevel,
} from '@backstage/backend-plugin-api';

/** The facts an audit event records, as the auditor service takes them. */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** The audit event a change runs in: opened with these, before the change. */
export interface AuditedChangeEvent<
  TEventId extends string,
  TSeverity extends AuditorServiceEventSeverityLevel,
> {
  eventId: TEventId;
  severityLevel: TSeverity;
  request?: AuditorServiceCreateEventOptions['request'];
  /** What is known before the change runs (the target, the action). */
  meta?: AuditMeta;
}

/**
 * Runs `change` inside an audit event and returns its result. The change
 * returns the facts its success adds to the event (`meta`).
 */
export type AuditedChange<
  TEventId extends string,
  TSeverity extends AuditorServiceEventSeverityLevel,
> = <T>(
  event: AuditedChangeEvent<TEventId, TSeverity>,
  change: () => Promise<{ result: T; meta: AuditMeta }>,
) => Promise<T>;

/**
 * Audited changes of one plugin, typed by its own event ids and severities.
 * The event opens before the change checks anything and closes with its
 * outcome, so refused and failed attempts are on the audit trail too (the
 * Access page's Audit tab and the compliance evidence read it); a failure is
 * recorded and rethrown.
 */
export function createAuditedChange<
  TEventId extends string,
  TSeverity extends AuditorServiceEventSeverityLevel = AuditorServiceEventSeverityLevel,
>(auditor: AuditorService): AuditedChange<TEventId, TSeverity> {
  return async ({ eventId, severityLevel, request, meta }, change) => {
    const opened = await auditor.createEvent({
      eventId,
      severityLevel,
      request,
      meta,
    });
    try {
      const outcome = await change();
      await opened.success({ meta: outcome.meta });
      return outcome.result;
    } catch (error) {
      await opened.fail({ error: error as Error });
      throw error;
    }
  };
}
