import type { LoggerService } from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import { ACCESS_DECISION_TOPIC } from '@localplus/plugin-access-node';
import { describeIssues, newAuditEventSchema } from '../AuditTrailStore';
import type { BufferedAuditTrailWriter } from './BufferedAuditTrailWriter';

/**
 * Keeps every event published on the access decision topic: the policy's
 * decisions on non-read permissions and the auditor's changes. The topic is
 * open to every plugin, so malformed payloads are logged and dropped one by
 * one instead of spoiling a batch.
 */
export async function subscribeAuditTrail(options: {
  events: EventsService;
  writer: BufferedAuditTrailWriter;
  logger: LoggerService;
}): Promise<void> {
  const { events, writer, logger } = options;
  await events.subscribe({
    id: 'audit-trail',
    topics: [ACCESS_DECISION_TOPIC],
    async onEvent({ eventPayload }) {
      const parsed = newAuditEventSchema.safeParse(eventPayload);
      if (!parsed.success) {
        logger.warn(
          `Dropped a malformed audit event from ${ACCESS_DECISION_TOPIC}: ${describeIssues(
            parsed.error,
          )}`,
        );
        return;
      }
      writer.add(parsed.data);
    },
  });
}
