import type { ComplianceExemption } from '@localplus/plugin-compliance-common';

export interface ExemptionRow {
  id: string;
  control_id: string;
  subject: string;
  entity_ref: string | null;
  justification: string;
  requested_by: string;
  requested_at: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  expires_at: string;
}

export function toExemptionRow(exemption: ComplianceExemption): ExemptionRow {
  return {
    id: exemption.id,
    control_id: exemption.controlId,
    subject: exemption.subject,
    entity_ref: exemption.entityRef?.toLocaleLowerCase('en-US') ?? null,
    justification: exemption.justification,
    requested_by: exemption.requestedBy,
    requested_at: exemption.requestedAt,
    status: exemption.status,
    decided_by: exemption.decidedBy ?? null,
    decided_at: exemption.decidedAt ?? null,
    decision_comment: exemption.decisionComment ?? null,
    expires_at: exemption.expiresAt,
  };
}

export function toExemption(row: ExemptionRow): ComplianceExemption {
  return {
    id: row.id,
    controlId: row.control_id,
    subject: row.subject,
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    justification: row.justification,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    status: row.status as ComplianceExemption['status'],
    ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
    ...(row.decided_at ? { decidedAt: row.decided_at } : {}),
    ...(row.decision_comment ? { decisionComment: row.decision_comment } : {}),
    expiresAt: row.expires_at,
  };
}
