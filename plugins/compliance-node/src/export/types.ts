import type {
  ComplianceControl,
  ComplianceExemption,
  ComplianceFramework,
  CompliancePeriod,
  ControlCoverage,
  ControlEvaluation,
  EvaluationRun,
  LedgeredObservation,
  LedgerRecord,
} from '@localplus/plugin-compliance-common';

/**
 * Everything an export of one period holds. The backend reads it from its
 * store; nothing in it depends on when the export is made, so the same period
 * exported twice gives the same bytes.
 */
export interface ComplianceExportInput {
  period: CompliancePeriod;
  /** Who the assessment is about, e.g. `{ title: 'LOCAL-PLUS platform', version: '1' }`. */
  system: { title: string; version: string };
  frameworks: ComplianceFramework[];
  controls: ComplianceControl[];
  /** Evaluation runs that started in the period, oldest first. */
  runs: EvaluationRun[];
  /** Every evaluation of those runs. */
  evaluations: ControlEvaluation[];
  /** Every observation recorded in the period. */
  observations: LedgeredObservation[];
  /** Exemptions in force at any time of the period, or asked for in it. */
  exemptions: ComplianceExemption[];
  /** Coverage of each control over the period, by control id. */
  coverage: Record<string, ControlCoverage>;
  ledger: {
    /** The record just before the period (null when the period starts at the ledger's beginning). */
    anchor: { sequence: number; hash: string } | null;
    /** Every ledger record of the period, in sequence order. */
    records: LedgerRecord[];
  };
}
