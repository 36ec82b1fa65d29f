import type { EvaluationRun } from '@localplus/plugin-compliance-common';
import { parseJson, toNumber } from './tables';

export interface RunRow {
  id: string;
  trigger: string;
  requested_by: string | null;
  started_at: string;
  finished_at: string | null;
  status: string;
  observation_count: number | string;
  collector_errors: string;
}

export function toRun(row: RunRow): EvaluationRun {
  return {
    id: row.id,
    trigger: row.trigger as EvaluationRun['trigger'],
    ...(row.requested_by ? { requestedBy: row.requested_by } : {}),
    startedAt: row.started_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
    status: row.status as EvaluationRun['status'],
    observationCount: toNumber(row.observation_count),
    collectorErrors: parseJson(row.collector_errors, []),
  };
}
