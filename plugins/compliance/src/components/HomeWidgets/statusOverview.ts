import type {
  ComplianceStatusResponse,
  ControlSummary,
} from '@localplus/plugin-compliance-common';
import { servesFramework } from '../../format/requirementLabel';
import { statusRank } from '../../format/statusNames';

/** The statuses the overview counts; not applicable controls need nothing and are left out. */
export const OVERVIEW_STATUSES = [
  'satisfied',
  'not-satisfied',
  'error',
  'not-evaluated',
] as const;

export type OverviewStatus = (typeof OVERVIEW_STATUSES)[number];

/** One framework at a glance: its controls by status now, and their coverage. */
export type FrameworkOverview = {
  id: string;
  title: string;
  version?: string;
  counts: Record<OverviewStatus, number>;
  /**
   * The mean of the coverage of the framework's controls evaluated in the
   * period (0..1), each control weighing the same; null when none was.
   */
  averageCoverage: number | null;
};

/** How many failing controls the overview lists. */
export const FAILING_NOW_SHOWN = 6;

function averageCoverage(controls: ControlSummary[]): number | null {
  const ratios = controls
    .map(c => c.coverage.satisfiedRatio)
    .filter((ratio): ratio is number => ratio !== null)
    .map(ratio => Math.min(1, Math.max(0, ratio)));
  if (ratios.length === 0) {
    return null;
  }
  return ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;
}

/**
 * Every framework of the answer, in its order, with the controls serving it
 * counted by status now. A control serving several frameworks counts in
 * each, as the crosswalk says.
 */
export function frameworkOverviews(
  status: Pick<ComplianceStatusResponse, 'frameworks' | 'controls'>,
): FrameworkOverview[] {
  return status.frameworks.map(framework => {
    const controls = status.controls.filter(c =>
      servesFramework(c.control.requirements, framework.id),
    );
    const counts = Object.fromEntries(
      OVERVIEW_STATUSES.map(s => [
        s,
        controls.filter(c => c.status === s).length,
      ]),
    ) as Record<OverviewStatus, number>;
    return {
      id: framework.id,
      title: framework.title,
      version: framework.version,
      counts,
      averageCoverage: averageCoverage(controls),
    };
  });
}

function coverageOf(summary: ControlSummary): number {
  return summary.coverage.satisfiedRatio ?? Number.POSITIVE_INFINITY;
}

/**
 * The controls not satisfied or in error now: not satisfied first, then
 * the least covered over the period, then by id so the list reads the same
 * every time.
 */
export function failingNow(controls: ControlSummary[]): ControlSummary[] {
  return controls
    .filter(c => c.status === 'not-satisfied' || c.status === 'error')
    .sort(
      (a, b) =>
        statusRank(a.status) - statusRank(b.status) ||
        coverageOf(a) - coverageOf(b) ||
        a.control.id.localeCompare(b.control.id),
    );
}
