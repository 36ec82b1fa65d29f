import type { AccessApiClient } from './AccessApiClient';

/** What the audit trail holds for a window. */
export interface AuditWindowSample {
  /** Events from `window.from` (inclusive) to `window.to` (exclusive), counted up to the cap. */
  eventsInWindow: number;
  /** True when there were more events in the window than were counted. */
  capped: boolean;
  /** The newest event before `window.to`, in the window or not. */
  newestAt?: string;
}

/** The audit route's largest page. */
export const AUDIT_PAGE_SIZE = 500;
/** Pages read per run at most: a busy trail is counted as "at least". */
export const MAX_AUDIT_PAGES = 10;

/**
 * Reads the audit trail newest first from the end of the window, page after
 * page, until an event older than the window, the last page or the cap.
 */
export async function readAuditWindow(
  client: AccessApiClient,
  window: { from: Date; to: Date },
  signal: AbortSignal,
): Promise<AuditWindowSample> {
  const from = window.from.getTime();
  let before = window.to.toISOString();
  let eventsInWindow = 0;
  let newestAt: string | undefined;
  for (let page = 0; page < MAX_AUDIT_PAGES; page++) {
    const { events, nextBefore } = await client.auditPage(
      { before, limit: AUDIT_PAGE_SIZE },
      signal,
    );
    newestAt ??= events[0]?.at;
    const inWindow = events.filter(event => Date.parse(event.at) >= from);
    eventsInWindow += inWindow.length;
    if (inWindow.length < events.length || !nextBefore) {
      return { eventsInWindow, capped: false, newestAt };
    }
    before = nextBefore;
  }
  return { eventsInWindow, capped: true, newestAt };
}
