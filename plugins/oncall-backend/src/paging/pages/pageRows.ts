import type { OnCallPage, Severity } from '@localplus/plugin-oncall-common';
import type { NotifiedStep, PageRecord } from './PageStore';

export const PAGES_TABLE = 'oncall_pages';

/** A row of `oncall_pages`; instants are ISO UTC strings, JSON columns text. */
export interface PageRow {
  id: string;
  fingerprint: string;
  fired_at: string;
  alert_name: string;
  summary: string;
  entity_ref: string | null;
  severity: string;
  rotation: string | null;
  primary_user: string | null;
  secondary_user: string | null;
  resolved_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  acknowledge_target_minutes: number | null;
  escalation_step: number;
  notified: string;
  labels: string;
  generator_url: string | null;
  runbook_url: string | null;
}

/** The one shape instants are stored in, so that text order is time order. */
export function storedInstant(iso: string): string {
  return new Date(iso).toISOString();
}

export function toPageRow(id: string, page: PageRecord): PageRow {
  return {
    id,
    fingerprint: page.fingerprint,
    fired_at: storedInstant(page.firedAt),
    alert_name: page.alertName,
    summary: page.summary,
    entity_ref: page.entityRef ?? null,
    severity: page.severity,
    rotation: page.rotation ?? null,
    primary_user: page.primary ?? null,
    secondary_user: page.secondary ?? null,
    resolved_at: page.resolvedAt ? storedInstant(page.resolvedAt) : null,
    acknowledged_at: null,
    acknowledged_by: null,
    acknowledge_target_minutes: page.acknowledgeTargetMinutes ?? null,
    escalation_step: -1,
    notified: '[]',
    labels: JSON.stringify(page.labels),
    generator_url: page.generatorUrl ?? null,
    runbook_url: page.runbookUrl ?? null,
  };
}

/**
 * Acknowledged within the target; once the target has passed without an
 * acknowledgement, missed; undefined while it can still be met.
 */
export function metTarget(
  firedAt: string,
  acknowledgedAt: string | undefined,
  targetMinutes: number | undefined,
  now: Date,
): boolean | undefined {
  if (targetMinutes === undefined) {
    return undefined;
  }
  const deadline = Date.parse(firedAt) + targetMinutes * 60_000;
  if (acknowledgedAt !== undefined) {
    return Date.parse(acknowledgedAt) <= deadline;
  }
  return now.getTime() > deadline ? false : undefined;
}

const orUndefined = <T>(value: T | null): T | undefined =>
  value === null ? undefined : value;

export function fromPageRow(row: PageRow, now: Date = new Date()): OnCallPage {
  const acknowledgedAt = orUndefined(row.acknowledged_at);
  const targetMinutes = orUndefined(row.acknowledge_target_minutes);
  const page: OnCallPage = {
    id: row.id,
    fingerprint: row.fingerprint,
    alertName: row.alert_name,
    summary: row.summary,
    entityRef: orUndefined(row.entity_ref),
    severity: row.severity as Severity,
    rotation: orUndefined(row.rotation),
    primary: orUndefined(row.primary_user),
    secondary: orUndefined(row.secondary_user),
    firedAt: row.fired_at,
    resolvedAt: orUndefined(row.resolved_at),
    acknowledgedAt,
    acknowledgedBy: orUndefined(row.acknowledged_by),
    acknowledgeTargetMinutes:
      targetMinutes === undefined ? undefined : Number(targetMinutes),
    metTarget: metTarget(
      row.fired_at,
      acknowledgedAt,
      targetMinutes === undefined ? undefined : Number(targetMinutes),
      now,
    ),
    // The API counts from the first step; the row keeps -1 for "none yet".
    escalationStep: Math.max(0, Number(row.escalation_step)),
    notified: JSON.parse(row.notified) as NotifiedStep[],
    labels: JSON.parse(row.labels) as Record<string, string>,
    generatorUrl: orUndefined(row.generator_url),
    runbookUrl: orUndefined(row.runbook_url),
  };
  // Absent rather than undefined, so answers and comparisons stay plain.
  for (const key of Object.keys(page) as Array<keyof OnCallPage>) {
    if (page[key] === undefined) {
      delete page[key];
    }
  }
  return page;
}

/** The last escalation step notified, -1 when none. */
export function lastNotifiedStep(page: OnCallPage): number {
  return page.notified.length > 0
    ? page.notified[page.notified.length - 1].step
    : -1;
}
