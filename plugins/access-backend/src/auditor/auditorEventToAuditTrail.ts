import type { AuditorEvent } from '@backstage/backend-defaults/auditor';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { JsonValue } from '@backstage/types';
import type { NewAuditEvent } from '../services/AuditTrailStore';

const MAX_DETAIL = 1000;

/** The meta fields worth keeping, in the order they are written. Parameters and bodies are not. */
const DETAIL_FIELDS = [
  'actionType',
  'queryType',
  'entityRef',
  'templateRef',
  'uid',
  'taskId',
  'createdBy',
] as const;

function asEntityRef(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'string' || value.length > 512) return undefined;
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch {
    return undefined;
  }
}

function locationText(value: JsonValue | undefined): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { type, target } = value;
    if (typeof type === 'string' && typeof target === 'string') {
      return `location=${type}:${target}`;
    }
  }
  return undefined;
}

function detailOf(event: AuditorEvent): string | undefined {
  const meta = event.meta ?? {};
  const parts: string[] = [];
  for (const field of DETAIL_FIELDS) {
    const value = meta[field];
    if (typeof value === 'string' || typeof value === 'number') {
      parts.push(`${field}=${value}`);
    }
  }
  const location = locationText(meta.location);
  if (location) parts.push(location);
  if (event.request) {
    // The query string may carry tokens; the path says enough.
    parts.push(`${event.request.method} ${event.request.url.split('?')[0]}`);
  }
  if (event.status === 'failed') {
    parts.push(`error: ${event.error?.message ?? 'unknown'}`);
  }
  // eslint-disable-next-line no-control-regex
  const text = parts.join('; ').replace(/\u0000/g, '');
  if (text.length === 0) return undefined;
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}

/**
 * Whether an auditor event belongs in the audit trail: the outcome of a
 * change (entity and location mutations, template runs, anything a plugin
 * rates medium or above). Reads and dry runs stay in the logs only, which
 * keeps the trail's volume bounded by what people change.
 */
export function isAuditTrailEvent(event: AuditorEvent): boolean {
  if (event.status === 'initiated') return false;
  if (event.meta?.isDryRun === true || event.meta?.dryRun === true)
    return false;
  return event.severityLevel !== 'low' || event.eventId.endsWith('-mutate');
}

/** The audit trail entry for an auditor event, or undefined when it is not kept. */
export function auditorEventToAuditTrail(
  event: AuditorEvent,
  at: Date,
): NewAuditEvent | undefined {
  if (!isAuditTrailEvent(event)) return undefined;
  const meta = event.meta ?? {};
  const resourceRef =
    asEntityRef(meta.entityRef) ?? asEntityRef(meta.templateRef);
  const detail = detailOf(event);
  return {
    at: at.toISOString(),
    actor: (event.actor.actorId ?? `plugin:${event.plugin}`).slice(0, 512),
    action: event.eventId.slice(0, 255),
    ...(resourceRef ? { resourceRef } : {}),
    outcome: event.status === 'failed' ? 'failed' : 'succeeded',
    source: 'auditor',
    pluginId: event.plugin,
    ...(detail ? { detail } : {}),
  };
}
