import type { NewAuditEvent } from '../services/AuditTrailStore';

/** A denied unregister by the demo auditor, with any field replaced. */
export function auditEvent(
  overrides: Partial<NewAuditEvent> = {},
): NewAuditEvent {
  return {
    at: '2026-12-01T10:00:00.000Z',
    actor: 'user:default/ada-auditor',
    action: 'catalog.entity.delete',
    resourceRef: 'component:default/svc-ledger',
    outcome: 'denied',
    ruleId: 'default-deny',
    source: 'policy',
    pluginId: 'catalog',
    detail: 'No rule grants catalog.entity.delete to the auditor role',
    ...overrides,
  };
}

/** `count` events one second apart, oldest first, from `start`. */
export function auditEventsEverySecond(
  count: number,
  start = Date.parse('2026-12-01T00:00:00.000Z'),
  overrides: (index: number) => Partial<NewAuditEvent> = () => ({}),
): NewAuditEvent[] {
  return Array.from({ length: count }, (_, i) =>
    auditEvent({
      at: new Date(start + i * 1000).toISOString(),
      ...overrides(i),
    }),
  );
}
