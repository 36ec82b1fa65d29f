import type {
  ControlDetailResponse,
  ControlStatus,
  StatusCounts,
} from '@localplus/plugin-compliance-common';

type HistoryEntry = ControlDetailResponse['history'][number];

/** A stretch of consecutive runs that found the control in one status. */
export type HistorySegment = {
  status: ControlStatus;
  /** The first run of the stretch. */
  since: string;
  /** The first run of the next stretch; none for the latest. */
  until?: string;
  runs: number;
  /** The counts of its first run. */
  counts: StatusCounts;
};

/**
 * The history as its changes of status, newest first: "not satisfied since
 * 3 May (4 runs)" reads better than forty identical rows. Runs are sorted
 * by time first; the backend sends them oldest first, but an order is not
 * something to rely on for evidence.
 */
export function historySegments(history: HistoryEntry[]): HistorySegment[] {
  const runs = [...history].sort((a, b) =>
    a.evaluatedAt.localeCompare(b.evaluatedAt),
  );
  const segments: HistorySegment[] = [];
  for (const run of runs) {
    const current = segments[segments.length - 1];
    if (current && current.status === run.status) {
      current.runs += 1;
      continue;
    }
    if (current) {
      current.until = run.evaluatedAt;
    }
    segments.push({
      status: run.status,
      since: run.evaluatedAt,
      runs: 1,
      counts: run.counts,
    });
  }
  return segments.reverse();
}
