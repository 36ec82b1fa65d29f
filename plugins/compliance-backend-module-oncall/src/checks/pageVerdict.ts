import type { Severity } from '@localplus/plugin-oncall-common';
import type { RecordedPage } from '../sources/OnCallBackendClient';

/** How one page fared against its severity's acknowledgement target. */
export type PageVerdict =
  | { page: RecordedPage; kind: 'no-target' }
  /** Not acknowledged yet, but its target has not passed. */
  | { page: RecordedPage; kind: 'pending' }
  | {
      page: RecordedPage;
      kind: 'in-time' | 'late';
      /** Fired to acknowledged, or to now when never acknowledged. */
      delayMs: number;
      targetMs: number;
      acknowledged: boolean;
    };

const MINUTE_MS = 60_000;

/**
 * A page is late when it was acknowledged after its target, or still is not
 * and its target has passed; one acknowledged exactly at the target is in
 * time.
 */
export function judgePage(
  page: RecordedPage,
  targets: Readonly<Partial<Record<Severity, number>>>,
  now: Date,
): PageVerdict {
  const minutes = targets[page.severity];
  if (minutes === undefined) return { page, kind: 'no-target' };
  const targetMs = minutes * MINUTE_MS;
  const firedAt = Date.parse(page.firedAt);
  const acknowledgedAt = page.acknowledgedAt
    ? Date.parse(page.acknowledgedAt)
    : undefined;
  const delayMs = (acknowledgedAt ?? now.getTime()) - firedAt;
  if (acknowledgedAt === undefined && delayMs <= targetMs) {
    return { page, kind: 'pending' };
  }
  return {
    page,
    kind: delayMs > targetMs ? 'late' : 'in-time',
    delayMs: Math.max(0, delayMs),
    targetMs,
    acknowledged: acknowledgedAt !== undefined,
  };
}
