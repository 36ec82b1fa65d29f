/**
 * Response bodies of the compliance backend (`/api/compliance`). The router
 * answers exactly these shapes; the frontend client reads them.
 */
import type {
  ComplianceControl,
  ComplianceExemption,
  ComplianceFramework,
  CompliancePeriod,
  ControlEvaluation,
  ControlStatus,
  EvaluationRun,
  LedgerVerification,
  Observation,
} from './model';

/** Subjects of a control per status, in one run. */
export type StatusCounts = Record<ControlStatus, number>;

/**
 * A control's coverage over a period: the share of the period's evaluated
 * time during which every subject was satisfied (or not applicable). The
 * status found by a run holds until the next run; time before the first run
 * in the period (and after a gap longer than twice the control's frequency)
 * is `unevaluatedMs`.
 */
export interface ControlCoverage {
  /** 0..1 of the evaluated time; null when nothing was evaluated in the period. */
  satisfiedRatio: number | null;
  satisfiedMs: number;
  notSatisfiedMs: number;
  errorMs: number;
  unevaluatedMs: number;
  /** Runs in the period. */
  runs: number;
}

/** One control as listed on the status page. */
export interface ControlSummary {
  control: ComplianceControl;
  /** Worst status over its subjects at the latest run in (or before the end of) the period. */
  status: ControlStatus | 'not-evaluated';
  counts: StatusCounts;
  coverage: ControlCoverage;
  /** Approved exemptions in force at the end of the period. */
  exemptions: number;
  lastEvaluatedAt?: string;
}

/** GET /status?from&to[&framework]: the Compliance page. */
export interface ComplianceStatusResponse {
  period: CompliancePeriod;
  frameworks: Array<
    ComplianceFramework & {
      /** Requirement id -> the ids of the controls that serve it. */
      controlsByRequirement: Record<string, string[]>;
    }
  >;
  controls: ControlSummary[];
  latestRun?: EvaluationRun;
  ledger: Pick<LedgerVerification, 'ok' | 'firstBroken' | 'headSequence'>;
}

/** GET /controls/:id?from&to: one control, its subjects now and its history. */
export interface ControlDetailResponse {
  period: CompliancePeriod;
  summary: ControlSummary;
  /** The latest evaluation per subject in the period. */
  subjects: ControlEvaluation[];
  /** Status per run in the period, oldest first. */
  history: Array<{
    runId: string;
    evaluatedAt: string;
    status: ControlStatus;
    counts: StatusCounts;
  }>;
  exemptions: ComplianceExemption[];
}

/** An observation as read back from the ledger. */
export interface LedgeredObservation extends Observation {
  sequence: number;
  hash: string;
  runId: string;
}

/** GET /observations?control|check|subject|entity&from&to&limit&offset */
export interface ObservationsPage {
  items: LedgeredObservation[];
  total: number;
}

/** GET /entity/:kind/:namespace/:name?from&to: the entity's Compliance tab. */
export interface EntityComplianceResponse {
  entityRef: string;
  period: CompliancePeriod;
  controls: Array<{
    control: ComplianceControl;
    evaluations: ControlEvaluation[];
    coverage: ControlCoverage;
  }>;
  exemptions: ComplianceExemption[];
}

/** GET /me/failing: controls not satisfied for entities the signed-in person's groups own. */
export interface MyFailingControlsResponse {
  items: Array<{
    control: Pick<ComplianceControl, 'id' | 'title' | 'requirements'>;
    entityRef: string;
    subject: string;
    status: 'not-satisfied' | 'error';
    reason: string;
    evaluatedAt: string;
  }>;
}

/** GET /runs?limit */
export interface RunsResponse {
  items: EvaluationRun[];
}

/** GET /exemptions?status&control&entity */
export interface ExemptionsResponse {
  items: ComplianceExemption[];
}

/** GET /collectors: the installed collectors and their checks. */
export interface CollectorsResponse {
  items: Array<{
    id: string;
    title: string;
    description: string;
    checks: Array<{ id: string; title: string; description: string }>;
  }>;
}

/** GET /ledger/verify */
export type LedgerVerifyResponse = LedgerVerification;
