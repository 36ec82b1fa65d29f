import type { AccessAuditEvent } from '@localplus/plugin-access-common';
import type { NewAuditEvent } from './AuditTrailStore';

export const AUDIT_TABLE = 'access_audit_events';

export type AuditDbRow = {
  id: string;
  /** A Date going in; PostgreSQL gives a Date back, SQLite epoch milliseconds. */
  at: Date | number | string;
  recorded_at: Date | number | string;
  actor: string;
  action: string;
  resource_ref: string | null;
  outcome: string;
  rule_id: string | null;
  source: string;
  plugin_id: string | null;
  detail: string | null;
};

export function toDbRow(
  id: string,
  event: NewAuditEvent,
  recordedAt: Date,
): AuditDbRow {
  return {
    id,
    at: new Date(event.at),
    recorded_at: recordedAt,
    actor: event.actor,
    action: event.action,
    resource_ref: event.resourceRef ?? null,
    outcome: event.outcome,
    rule_id: event.ruleId ?? null,
    source: event.source,
    plugin_id: event.pluginId ?? null,
    detail: event.detail ?? null,
  };
}

export function toIsoString(value: AuditDbRow['at']): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function fromDbRow(row: AuditDbRow): AccessAuditEvent {
  const event: AccessAuditEvent = {
    id: row.id,
    at: toIsoString(row.at),
    actor: row.actor,
    action: row.action,
    outcome: row.outcome as AccessAuditEvent['outcome'],
    source: row.source as AccessAuditEvent['source'],
  };
  if (row.resource_ref !== null) event.resourceRef = row.resource_ref;
  if (row.rule_id !== null) event.ruleId = row.rule_id;
  if (row.plugin_id !== null) event.pluginId = row.plugin_id;
  if (row.detail !== null) event.detail = row.detail;
  return event;
}
