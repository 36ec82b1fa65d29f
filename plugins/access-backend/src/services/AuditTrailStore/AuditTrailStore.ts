import type {
  AccessAuditEvent,
  AccessAuditPage,
} from '@localplus/plugin-access-common';

/** An audit event as published, before the store gives it an id. */
export type NewAuditEvent = Omit<AccessAuditEvent, 'id'>;

/** The outcomes an audit event may record. */
export type AuditOutcome = AccessAuditEvent['outcome'];

/**
 * Where a page starts: events strictly older than `at`, or, with `id`, older
 * than the event (`at`, `id`) that ended the previous page.
 */
export interface AuditCursor {
  at: string;
  id?: string;
}

/** One page of the audit trail, newest first, with optional filters. */
export interface AuditTrailQuery {
  limit: number;
  before?: AuditCursor;
  actor?: string;
  outcome?: AuditOutcome;
  action?: string;
}

/** The audit trail's storage: events are appended, read by page and purged by age. */
export interface AuditTrailStore {
  /** Validates and stores the events, all or none; returns them with their ids. */
  append(events: readonly NewAuditEvent[]): Promise<AccessAuditEvent[]>;
  /** A page of events, newest first; `nextBefore` reads the next page. */
  list(query: AuditTrailQuery): Promise<AccessAuditPage>;
  /** Deletes the events that happened before the instant; returns how many. */
  purgeOlderThan(instant: Date): Promise<number>;
}
