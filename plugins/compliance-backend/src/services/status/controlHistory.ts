import type {
  ControlStatus,
  StatusCounts,
} from '@localplus/plugin-compliance-common';
import { worstStatus } from '../evaluation/controlStatus';
import type { ControlRunStatus } from '../store/ComplianceStore';

/** One run's verdict on one control, as the history chart and the status page show it. */
export interface ControlRunVerdict {
  runId: string;
  evaluatedAt: string;
  status: ControlStatus;
  counts: StatusCounts;
}

/** The history rows of each control, oldest first; a run that evaluated no subject of it is left out. */
export function verdictsByControl(
  history: ControlRunStatus[],
): Map<string, ControlRunVerdict[]> {
  const byControl = new Map<string, ControlRunVerdict[]>();
  for (const row of history) {
    const status = worstStatus(row.counts);
    if (status === 'not-evaluated') {
      continue;
    }
    const verdicts = byControl.get(row.controlId) ?? [];
    verdicts.push({
      runId: row.runId,
      evaluatedAt: row.evaluatedAt,
      status,
      counts: row.counts,
    });
    byControl.set(row.controlId, verdicts);
  }
  for (const verdicts of byControl.values()) {
    verdicts.sort((a, b) => a.evaluatedAt.localeCompare(b.evaluatedAt));
  }
  return byControl;
}
