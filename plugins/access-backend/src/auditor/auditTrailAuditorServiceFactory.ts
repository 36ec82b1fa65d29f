import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  AuditorEvent,
  DefaultAuditorService,
} from '@backstage/backend-defaults/auditor';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import type { JsonObject } from '@backstage/types';
import { ACCESS_DECISION_TOPIC } from '@localplus/plugin-access-node';
import { readAuditLogLevels } from './auditLogLevels';
import { auditorEventToAuditTrail } from './auditorEventToAuditTrail';

/**
 * Backstage's auditor, unchanged in what it logs, that also publishes each
 * completed change (entity and location mutations, template runs, medium
 * severity and above) on the access decision topic, where the Access backend
 * keeps it in the audit trail. Add it to the backend in place of the default.
 */
export const auditTrailAuditorServiceFactory = createServiceFactory({
  service: coreServices.auditor,
  deps: {
    config: coreServices.rootConfig,
    logger: coreServices.logger,
    auth: coreServices.auth,
    httpAuth: coreServices.httpAuth,
    plugin: coreServices.pluginMetadata,
    events: eventsServiceRef,
  },
  factory({ config, logger, auth, httpAuth, plugin, events }) {
    const auditLogger = logger.child({ isAuditEvent: true });
    const levels = readAuditLogLevels(config);

    const log = (event: AuditorEvent) => {
      const message = `${event.plugin}.${event.eventId}`;
      if ('error' in event) {
        const { error, ...rest } = event;
        auditLogger
          .child(rest as unknown as JsonObject)
          [levels[event.severityLevel]](message, error);
      } else {
        auditLogger[levels[event.severityLevel]](
          message,
          event as unknown as JsonObject,
        );
      }
    };

    return DefaultAuditorService.create(
      async event => {
        log(event);
        const entry = auditorEventToAuditTrail(event, new Date());
        if (!entry) return;
        try {
          await events.publish({
            topic: ACCESS_DECISION_TOPIC,
            eventPayload: entry,
          });
        } catch (error) {
          // The audited action goes on: its log line above is the record.
          logger.warn(
            `Could not publish ${event.plugin}.${event.eventId} to the audit trail`,
            error instanceof Error ? error : undefined,
          );
        }
      },
      { auth, httpAuth, plugin },
    );
  },
});
