import type {
  ComplianceExemption,
  CompliancePeriod,
  ControlEvaluation,
  EvaluationRun,
  LedgeredObservation,
  LedgerRecord,
  Observation,
} from '@localplus/plugin-compliance-common';

/** Filters of the evidence list. */
export interface ObservationQuery {
  period: CompliancePeriod;
  checks?: string[];
  subject?: string;
  entityRef?: string;
  result?: Observation['result'];
  limit: number;
  offset: number;
}

/** Filters of evaluations (history, entity tab, failing controls). */
export interface EvaluationQuery {
  period: CompliancePeriod;
  controlIds?: string[];
  entityRefs?: string[];
  statuses?: ControlEvaluation['status'][];
  /** Only the latest run that finished before `period.to`. */
  latestOnly?: boolean;
}

/** A new exemption request, validated by the router. */
export interface NewExemption {
  controlId: string;
  subject: string;
  entityRef?: string;
  justification: string;
  requestedBy: string;
  expiresAt: string;
}

/**
 * Persistence of the compliance backend (Knex: SQLite in development,
 * PostgreSQL in production). The ledger is append-only: every write that
 * belongs in it goes through `appendToLedger` inside the same transaction as
 * its index rows, so a failure leaves neither.
 */
export interface ComplianceStore {
  /** Starts a run (status running). */
  createRun(run: Omit<EvaluationRun, 'finishedAt' | 'status' | 'observationCount' | 'collectorErrors'>): Promise<void>;
  /**
   * Appends the run's observations to the ledger (hash chain) and the
   * observation index; returns them with their sequence and hash.
   */
  recordObservations(runId: string, observations: Observation[]): Promise<LedgeredObservation[]>;
  /** Stores the run's evaluations and closes the run (one ledger record of kind `run`). */
  finishRun(run: EvaluationRun, evaluations: ControlEvaluation[]): Promise<void>;
  listRuns(options: { period?: CompliancePeriod; limit: number }): Promise<EvaluationRun[]>;
  latestRun(before?: string): Promise<EvaluationRun | undefined>;

  listObservations(query: ObservationQuery): Promise<{ items: LedgeredObservation[]; total: number }>;
  listEvaluations(query: EvaluationQuery): Promise<ControlEvaluation[]>;

  createExemption(exemption: NewExemption): Promise<ComplianceExemption>;
  /** Approve or reject; refuses (returns undefined) when it is not `requested` any more. */
  decideExemption(
    id: string,
    decision: { status: 'approved' | 'rejected'; decidedBy: string; decidedAt: string; comment?: string },
  ): Promise<ComplianceExemption | undefined>;
  getExemption(id: string): Promise<ComplianceExemption | undefined>;
  listExemptions(filter: {
    status?: ComplianceExemption['status'][];
    controlId?: string;
    entityRef?: string;
    /** In force (approved, not expired) at this instant. */
    activeAt?: string;
  }): Promise<ComplianceExemption[]>;

  /** Ledger records in sequence order, from `afterSequence` (exclusive), at most `limit`. */
  readLedger(options: { afterSequence?: number; limit: number; period?: CompliancePeriod }): Promise<LedgerRecord[]>;
  /** The last record before an instant (the export's anchor). */
  ledgerRecordBefore(instant: string): Promise<LedgerRecord | undefined>;
  ledgerHead(): Promise<{ sequence: number; hash: string } | undefined>;
}
