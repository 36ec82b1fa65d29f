import type { LoggerService } from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import type { Permission } from '@backstage/plugin-permission-common';
import {
  ACCESS_DECISION_TOPIC,
  permissionAction,
  type AccessDecisionEventPayload,
} from '@localplus/plugin-access-node';

/** What the policy decided, as the audit trail keeps it. */
export interface RecordedDecision {
  actor: string;
  permission: Permission;
  outcome: AccessDecisionEventPayload['outcome'];
  ruleId: string;
  detail?: string;
  /**
   * The plugin asking on the person's behalf while it acts (the catalog
   * deleting an entity), from the credentials' actor. Absent when a page
   * asks whether to offer a button.
   */
  actingPlugin?: string;
}

/**
 * Publishes the decisions taken while a plugin acts for a person (allowed,
 * conditional or denied, with the rule that decided) for the Access backend
 * to store. Questions a page asks to decide which buttons to show carry no
 * acting plugin and are not published: every page view asks several, and
 * nothing happens until the person acts. Reads are left out too: they change
 * nothing. Publishing never delays or fails a decision.
 */
export function createDecisionRecorder(options: {
  events: EventsService;
  logger: LoggerService;
  now?: () => Date;
}) {
  const { events, logger } = options;
  const now = options.now ?? (() => new Date());
  return (decision: RecordedDecision): void => {
    if (!decision.actingPlugin) return;
    if (permissionAction(decision.permission) === 'read') return;
    const dot = decision.permission.name.indexOf('.');
    const detail = [
      `Asked by the ${decision.actingPlugin} plugin.`,
      decision.detail,
    ]
      .filter(Boolean)
      .join(' ');
    const eventPayload: AccessDecisionEventPayload = {
      at: now().toISOString(),
      actor: decision.actor,
      action: decision.permission.name,
      outcome: decision.outcome,
      ruleId: decision.ruleId,
      source: 'policy',
      ...(dot > 0 ? { pluginId: decision.permission.name.slice(0, dot) } : {}),
      detail,
    };
    events
      .publish({ topic: ACCESS_DECISION_TOPIC, eventPayload })
      .catch(error =>
        logger.warn(
          `Could not publish the access decision on ${decision.permission.name} for ${decision.actor}: ${error}`,
        ),
      );
  };
}

export type DecisionRecorder = ReturnType<typeof createDecisionRecorder>;
