import type { ControlEvaluation } from '@localplus/plugin-compliance-common';
import { parseJson } from './tables';

export interface EvaluationRow {
  run_id: string;
  control_id: string;
  subject: string;
  entity_ref: string | null;
  status: string;
  reason: string;
  observations: string;
  exemption_id: string | null;
  evaluated_at: string;
}

export function toEvaluationRow(evaluation: ControlEvaluation): EvaluationRow {
  return {
    run_id: evaluation.runId,
    control_id: evaluation.controlId,
    subject: evaluation.subject,
    entity_ref: evaluation.entityRef?.toLocaleLowerCase('en-US') ?? null,
    status: evaluation.status,
    reason: evaluation.reason,
    observations: JSON.stringify(evaluation.observations),
    exemption_id: evaluation.exemptionId ?? null,
    evaluated_at: evaluation.evaluatedAt,
  };
}

export function toEvaluation(row: EvaluationRow): ControlEvaluation {
  return {
    runId: row.run_id,
    controlId: row.control_id,
    subject: row.subject,
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    status: row.status as ControlEvaluation['status'],
    reason: row.reason,
    observations: parseJson(row.observations, []),
    ...(row.exemption_id ? { exemptionId: row.exemption_id } : {}),
    evaluatedAt: row.evaluated_at,
  };
}
