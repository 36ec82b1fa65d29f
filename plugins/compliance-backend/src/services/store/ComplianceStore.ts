import type {
  ComplianceExemption,
  CompliancePeriod,
  ControlEvaluation,
  EvaluationRun,
  LedgeredObservation,
  LedgerRecord,
  Observation,
  StatusCounts,
} from '@localplus/plugin-compliance-common';

/** Filters of the evidence list. */
export interface ObservationQuery {
  /** On the instant each observation was made (`observedAt`). */
  period: CompliancePeriod;
  checks?: string[];
  subject?: string;
  entityRef?: string;
  result?: Observation['result'];
  /** Only observations of this run. */
  runId?: string;
  /** Only these ledger records (an evaluation's `observations`). */
  sequences?: number[];
  /** 1 to 1,000. */
  limit: number;
  offset: number;
}

/** Filters of evaluations (history, entity tab, failing controls). */
export interface EvaluationQuery {
  /**
   * On `evaluatedAt`. With `latestOnly`, only `period.to` counts: the
   * latest run may be older than `period.from`.
   */
  period: CompliancePeriod;
  controlIds?: string[];
  entityRefs?: string[];
  subjects?: string[];
  statuses?: ControlEvaluation['status'][];
  /** Only the latest succeeded run that finished before `period.to`. */
  latestOnly?: boolean;
  /** Paging; without `limit` every match is returned (mind the period's length). */
  limit?: number;
  offset?: number;
}

/** A control's verdict in one run: how many subjects got each status. */
export interface ControlRunStatus {
  runId: string;
  controlId: string;
  evaluatedAt: string;
  counts: StatusCounts;
}

/** Filters of the per-run history of controls (coverage, history charts). */
export interface ControlHistoryQuery {
  period: CompliancePeriod;
  controlIds?: string[];
  /** Only the subjects of these entities (the entity tab's coverage). */
  entityRefs?: string[];
  /**
   * Also the latest succeeded run before `period.from`, whose status holds
   * into the period (see `computeCoverage`).
   */
  includePrevious?: boolean;
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

/** An on-demand run asked for and not started yet. */
export interface RunRequest {
  /** The id the run gets when it starts. */
  runId: string;
  requestedBy: string;
  requestedAt: string;
}

/**
 * Persistence of the compliance backend (Knex: SQLite in development,
 * PostgreSQL in production). The ledger is append-only: every write that
 * belongs in it is appended inside the same transaction as its index rows,
 * so a failure leaves neither. Appends are serialised across replicas, so
 * the chain never forks.
 */
export interface ComplianceStore {
  /** Starts a run (status running). */
  createRun(
    run: Omit<
      EvaluationRun,
      'finishedAt' | 'status' | 'observationCount' | 'collectorErrors'
    >,
  ): Promise<void>;
  /**
   * Appends the run's observations to the ledger (hash chain) and the
   * observation index; returns them with their sequence and hash, in order.
   */
  recordObservations(
    runId: string,
    observations: Observation[],
  ): Promise<LedgeredObservation[]>;
  /**
   * Stores the run's evaluations and closes the run (one ledger record of
   * kind `run`). Refuses a run that is not running any more.
   */
  finishRun(
    run: EvaluationRun,
    evaluations: ControlEvaluation[],
  ): Promise<void>;
  /**
   * Marks runs still `running` that started before `startedBefore` as
   * failed, with `message` as a collector error: their process died or the
   * task timed out. Returns how many.
   */
  failUnfinishedRuns(startedBefore: string, message: string): Promise<number>;
  /** Runs that started in the period (all when absent), newest first. */
  listRuns(options: {
    period?: CompliancePeriod;
    limit: number;
  }): Promise<EvaluationRun[]>;
  /** The newest run that started before the instant (now when absent), whatever its status. */
  latestRun(before?: string): Promise<EvaluationRun | undefined>;
  getRun(id: string): Promise<EvaluationRun | undefined>;

  /** Asks for an on-demand run; the evaluation task claims it. */
  queueRunRequest(request: RunRequest): Promise<void>;
  /**
   * Takes the oldest request nobody has taken yet; exactly one caller gets
   * each request, whichever replica asks.
   */
  claimRunRequest(claimedAt: string): Promise<RunRequest | undefined>;
  /**
   * Takes back a request nobody has taken yet (the trigger failed). False
   * when a run has already claimed it: that run is the one asked for.
   */
  withdrawRunRequest(runId: string): Promise<boolean>;

  /** Newest recorded first. */
  listObservations(
    query: ObservationQuery,
  ): Promise<{ items: LedgeredObservation[]; total: number }>;
  /**
   * Observations made in the period, in sequence order, from
   * `afterSequence` (exclusive), at most `limit` (1 to 10,000): the
   * export reads a whole period this way, a page at a time, without
   * offsets or counts.
   */
  readObservations(options: {
    period: CompliancePeriod;
    afterSequence?: number;
    limit: number;
  }): Promise<LedgeredObservation[]>;
  /** Ordered by `evaluatedAt`, control and subject. */
  listEvaluations(query: EvaluationQuery): Promise<ControlEvaluation[]>;
  /**
   * The evaluations of one run ordered by control and subject, after the
   * (control, subject) given (exclusive), at most `limit` (1 to 10,000):
   * a whole run read a page at a time along its primary key.
   */
  readRunEvaluations(options: {
    runId: string;
    after?: { controlId: string; subject: string };
    limit: number;
  }): Promise<ControlEvaluation[]>;
  /** Per run and control, oldest first: the counts behind status history and coverage. */
  listControlHistory(query: ControlHistoryQuery): Promise<ControlRunStatus[]>;

  createExemption(exemption: NewExemption): Promise<ComplianceExemption>;
  /** Approve or reject; refuses (returns undefined) when it is not `requested` any more. */
  decideExemption(
    id: string,
    decision: {
      status: 'approved' | 'rejected';
      decidedBy: string;
      decidedAt: string;
      comment?: string;
    },
  ): Promise<ComplianceExemption | undefined>;
  getExemption(id: string): Promise<ComplianceExemption | undefined>;
  /** Newest requested first. */
  listExemptions(filter: {
    status?: ComplianceExemption['status'][];
    controlId?: string;
    entityRef?: string;
    /** In force (approved, not expired) at this instant. */
    activeAt?: string;
  }): Promise<ComplianceExemption[]>;

  /**
   * Ledger records in sequence order, from `afterSequence` (exclusive), at
   * most `limit` (1 to 10,000). With `period`, only records recorded in it.
   * Rows are returned as stored, even when they do not verify; a payload
   * that is not JSON any more is returned as its text.
   */
  readLedger(options: {
    afterSequence?: number;
    limit: number;
    period?: CompliancePeriod;
  }): Promise<LedgerRecord[]>;
  /** The last record before an instant (the export's anchor). */
  ledgerRecordBefore(instant: string): Promise<LedgerRecord | undefined>;
  /** The record with the highest sequence in the ledger table. */
  ledgerHead(): Promise<{ sequence: number; hash: string } | undefined>;
  /**
   * The head as the last append left it, kept apart from the ledger rows:
   * a ledger whose last rows were deleted still verifies as a chain, and
   * only this tells it was longer.
   */
  appendedLedgerHead(): Promise<{ sequence: number; hash: string } | undefined>;
}
