import type { ObjectiveReport, OverviewRow } from '../api/reportTypes';

/** What an overview row says of the entity that owns the objective. */
export type OverviewRowEntity = Pick<
  OverviewRow,
  'entityTitle' | 'owner' | 'system' | 'tier' | 'criticality'
>;

/**
 * One objective as a row of the org-wide overview: the figures of its live
 * measurement (null where there is none), the alerts firing now, and its
 * last stored snapshot.
 */
export function overviewRow(
  report: ObjectiveReport,
  entity: OverviewRowEntity,
): OverviewRow {
  const measurement = report.measurement;
  return {
    key: report.key,
    entityRef: report.entityRef,
    ...entity,
    sloName: report.sloName,
    sloDisplayName: report.sloDisplayName,
    objectiveName: report.objectiveName,
    target: report.target,
    windowDuration: report.window.duration,
    status: report.status,
    error: report.error,
    sli: measurement?.sli ?? null,
    consumedFraction: measurement?.budget?.consumedFraction ?? null,
    remainingFraction: measurement?.budget?.remainingFraction ?? null,
    remainingSeconds: measurement?.budget?.remainingSeconds ?? null,
    state: measurement?.policy?.state ?? null,
    firingAlerts: (measurement?.alerts ?? [])
      .filter(alert => alert.firing)
      .map(({ severity, longWindow }) => ({ severity, longWindow })),
    lastSnapshot: report.lastSnapshot,
  };
}
