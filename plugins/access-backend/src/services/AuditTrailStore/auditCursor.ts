import type { AccessAuditEvent } from '@localplus/plugin-access-common';
import type { AuditCursor } from './AuditTrailStore';
import { isoInstant } from './auditEventSchema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The `before` value that continues after this event: `<instant>~<id>`. */
export function formatCursor(
  event: Pick<AccessAuditEvent, 'at' | 'id'>,
): string {
  return `${event.at}~${event.id}`;
}

/**
 * Reads a `before` value: an ISO 8601 instant (everything older), or a
 * cursor from `nextBefore`. Returns undefined for anything else.
 */
export function parseCursor(value: string): AuditCursor | undefined {
  const [at, id, ...rest] = value.split('~');
  if (rest.length > 0 || !isoInstant.safeParse(at).success) {
    return undefined;
  }
  if (id === undefined) {
    return { at: new Date(at).toISOString() };
  }
  return UUID.test(id) ? { at: new Date(at).toISOString(), id } : undefined;
}
