import {
  AuditorService,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';

/** One audited action as the test auditor saw it. */
export interface RecordedAuditEvent {
  plugin: string;
  eventId: string;
  severityLevel?: string;
  meta?: Record<string, unknown>;
  outcome: 'open' | 'succeeded' | 'failed';
  /** The error's message when it failed. */
  error?: string;
}

/**
 * An auditor that keeps every event in `events`, with its outcome, so tests
 * see what an auditor reading the trail would.
 */
export function recordingAuditorFactory(events: RecordedAuditEvent[]) {
  return createServiceFactory({
    service: coreServices.auditor,
    deps: { plugin: coreServices.pluginMetadata },
    factory({ plugin }): AuditorService {
      return {
        async createEvent(options) {
          const event: RecordedAuditEvent = {
            plugin: plugin.getId(),
            eventId: options.eventId,
            severityLevel: options.severityLevel,
            meta: options.meta,
            outcome: 'open',
          };
          events.push(event);
          return {
            async success(result) {
              event.outcome = 'succeeded';
              event.meta = { ...event.meta, ...result?.meta };
            },
            async fail(result) {
              event.outcome = 'failed';
              event.error = result.error.message;
              event.meta = { ...event.meta, ...result.meta };
            },
          };
        },
      };
    },
  });
}
