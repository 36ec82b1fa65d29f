import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import type { AuditWindowSample } from '../client/readAuditWindow';
import { AUDIT_TRAIL_CHECK, AuditTrailParams } from './accessCheckPlans';
import { EXAMINED } from './examined';
import type { Reading } from './reading';

export const AUDIT_TRAIL_SUBJECT = 'portal:audit-trail';

const HOUR_MS = 3600_000;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** An age for a summary: minutes under an hour, hours under three days, days beyond. */
function age(ms: number): string {
  if (ms < HOUR_MS)
    return count(Math.max(0, Math.floor(ms / 60_000)), 'minute');
  if (ms < 72 * HOUR_MS) return count(Math.floor(ms / HOUR_MS), 'hour');
  return count(Math.floor(ms / (24 * HOUR_MS)), 'day');
}

const events = (n: number, capped: boolean) =>
  `${capped ? 'at least ' : ''}${count(n, 'event')}`;

/**
 * `access.audit-trail`: the access audit trail recorded events in the
 * window, and its newest is younger than `maxSilenceHours` at `now`.
 */
export function auditTrailObservation(
  reading: Reading<AuditWindowSample>,
  params: AuditTrailParams,
  context: { now: Date; window: { from: Date; to: Date } },
): CollectedObservation {
  const common = {
    check: AUDIT_TRAIL_CHECK,
    subject: AUDIT_TRAIL_SUBJECT,
    method: 'examine' as const,
    examined: [EXAMINED.audit],
  };
  if (!reading.ok) {
    return {
      ...common,
      result: 'error',
      summary: `The access audit trail was not read: ${reading.reason}.`,
    };
  }
  const { eventsInWindow, capped, newestAt } = reading.value;
  const from = context.window.from.toISOString();
  const to = context.window.to.toISOString();
  const { maxSilenceHours } = params;
  const silenceMs =
    newestAt === undefined
      ? undefined
      : context.now.getTime() - Date.parse(newestAt);
  const details = {
    from,
    to,
    eventsInWindow,
    ...(capped && { eventsInWindowCapped: true }),
    newestEventAt: newestAt ?? null,
    silenceHours:
      silenceMs === undefined ? null : Math.round(silenceMs / 360_000) / 10,
    maxSilenceHours,
  };
  if (eventsInWindow === 0) {
    return {
      ...common,
      result: 'fail',
      summary: `The access audit trail recorded no event from ${from} to ${to}${
        newestAt ? `; its newest is from ${newestAt}` : ''
      }.`,
      details,
    };
  }
  const newest = `the newest, from ${newestAt}, is ${age(silenceMs!)} old`;
  if (silenceMs! >= maxSilenceHours * HOUR_MS) {
    return {
      ...common,
      result: 'fail',
      summary: `The access audit trail has been silent too long: ${newest}, more than the ${maxSilenceHours} hours allowed.`,
      details,
    };
  }
  return {
    ...common,
    result: 'pass',
    summary: `The access audit trail recorded ${events(
      eventsInWindow,
      capped,
    )} from ${from} to ${to}; ${newest}, within ${maxSilenceHours} hours.`,
    details,
  };
}
