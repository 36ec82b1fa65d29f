import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';

type JsonObject = NonNullable<AuditorServiceCreateEventOptions['meta']>;

export interface RecordedAuditEvent {
  eventId: string;
  meta: JsonObject;
  outcome?: 'success' | 'fail';
}

/** An AuditorService that keeps its events for assertions. */
export function recordingAuditor(): AuditorService & {
  events: RecordedAuditEvent[];
} {
  const events: RecordedAuditEvent[] = [];
  return {
    events,
    createEvent: async ({ eventId, meta }) => {
      const event: RecordedAuditEvent = { eventId, meta: { ...meta } };
      events.push(event);
      return {
        success: async options => {
          event.outcome = 'success';
          Object.assign(event.meta, options?.meta);
        },
        fail: async options => {
          event.outcome = 'fail';
          Object.assign(event.meta, options.meta);
        },
      };
    },
  };
}
