/**
 * The compliance model shared by the backend, the collectors and the
 * frontend. Controls, frameworks and requirements are code (files read by the
 * backend); observations come from evidence collectors; evaluations are what
 * the backend concludes per control and subject.
 */

/** A JSON value as stored in the ledger (no undefined, no functions). */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** One requirement of a framework, e.g. GDPR `Art.17`, PCI DSS `3.5.1`, SOC 2 `CC6.1`. */
export interface ComplianceRequirement {
  /** The framework's own reference, unique inside the framework. */
  id: string;
  title: string;
  description?: string;
}

/** A regulation or standard the platform is held to. */
export interface ComplianceFramework {
  /** Short id used in requirement references: `gdpr`, `pci-dss`, `soc2`. */
  id: string;
  title: string;
  /** The edition the requirement ids refer to, e.g. `v4.0.1` or `2017 TSC (2022 points of focus)`. */
  version?: string;
  description?: string;
  /** Link to the organisation's own page about it (TechDocs). */
  documentation?: string;
  requirements: ComplianceRequirement[];
}

/** How often a control must be shown to operate. */
export type ControlFrequency =
  | 'continuous'
  | 'daily'
  | 'weekly'
  | 'monthly'
  | 'quarterly';

/** One piece of evidence a control needs: a collector's check, with its parameters. */
export interface ControlEvidence {
  /** `<collector>.<check>`, e.g. `catalog.owner`. */
  check: string;
  /** What this evidence proves, in the control owner's words. */
  description?: string;
  /** Parameters the check reads (thresholds, namespaces, queries). */
  params?: { [key: string]: JsonValue };
}

/** A control: what the organisation does to meet one or more requirements. */
export interface ComplianceControl {
  /** Stable id, e.g. `gdpr-eu-residency`. */
  id: string;
  title: string;
  description: string;
  /** Entity ref of the owning group, e.g. `group:default/team-security`. */
  owner: string;
  frequency: ControlFrequency;
  /** The crosswalk: `<framework>:<requirement id>`, e.g. `gdpr:Art.44`, `soc2:CC6.1`. */
  requirements: string[];
  evidence: ControlEvidence[];
  /** Link to the control's documentation. */
  documentation?: string;
}

/** OSCAL's observation methods. */
export type ObservationMethod = 'examine' | 'interview' | 'test';

/** What a check concluded about one subject. */
export type ObservationResult = 'pass' | 'fail' | 'not-applicable' | 'error';

/** One thing examined to reach an observation (a catalog entity, a Kubernetes object, a URL). */
export interface ExaminedItem {
  /** What kind of thing: `catalog-entity`, `kubernetes-object`, `prometheus-query`, `github-branch-protection`, ... */
  type: string;
  /** Its identity: an entity ref, `eks-prod/apps/Deployment/svc-ledger`, a query, `localplus/svc-ledger@main`. */
  ref: string;
  /** Where it can be read again (API path or URL), when there is one. */
  href?: string;
}

/** One observation made by a collector, as it is appended to the ledger. */
export interface Observation {
  /** `<collector>.<check>`. */
  check: string;
  /** The collector's id (`catalog`, `kubernetes`, ...). */
  collector: string;
  /**
   * What was observed: an entity ref (`component:default/svc-ledger`) or a
   * typed id of something outside the catalog (`workload:eks-prod/loyalty/svc-ledger`,
   * `repository:localplus/svc-ledger`, `cluster:eks-prod`, `rotation:platform-primary`).
   */
  subject: string;
  /** The catalog entity the subject belongs to, when there is one. */
  entityRef?: string;
  result: ObservationResult;
  /** One sentence saying what was found ("Owned by group:default/team-loyalty"). */
  summary: string;
  method: ObservationMethod;
  examined: ExaminedItem[];
  /** ISO 8601 instant the source was read. */
  observedAt: string;
  /** Small structured facts behind the summary (no secrets, no personal data beyond refs). */
  details?: { [key: string]: JsonValue };
}

/** What a control is for one subject after an evaluation. */
export type ControlStatus =
  | 'satisfied'
  | 'not-satisfied'
  | 'not-applicable'
  | 'error';

/** An exemption: one control, one subject, a justification, a security approver and an expiry. */
export interface ComplianceExemption {
  id: string;
  controlId: string;
  subject: string;
  entityRef?: string;
  justification: string;
  requestedBy: string;
  requestedAt: string;
  status: 'requested' | 'approved' | 'rejected';
  /** The security person who approved or rejected it. */
  decidedBy?: string;
  decidedAt?: string;
  decisionComment?: string;
  /** ISO 8601 instant after which the exemption no longer applies. */
  expiresAt: string;
}

/** One control for one subject in one evaluation run. */
export interface ControlEvaluation {
  runId: string;
  controlId: string;
  subject: string;
  entityRef?: string;
  status: ControlStatus;
  /** Why: the failing observations' summaries, the exemption, the missing evidence. */
  reason: string;
  /** Ledger sequence numbers of the observations this status rests on. */
  observations: number[];
  /** The approved, unexpired exemption that made it not applicable. */
  exemptionId?: string;
  evaluatedAt: string;
}

/** One evaluation run. */
export interface EvaluationRun {
  id: string;
  trigger: 'schedule' | 'on-demand';
  /** User ref of whoever asked for an on-demand run. */
  requestedBy?: string;
  startedAt: string;
  finishedAt?: string;
  status: 'running' | 'succeeded' | 'failed';
  observationCount: number;
  /** Collectors that failed as a whole (their checks are `error`). */
  collectorErrors: Array<{ collector: string; message: string }>;
}

/** One record of the evidence ledger (hash chain). */
export interface LedgerRecord {
  /** 1, 2, 3, ... with no gap. */
  sequence: number;
  recordedAt: string;
  kind: 'observation' | 'exemption' | 'run';
  payload: JsonValue;
  /** `hash` of the record before; 64 zeros for the first. */
  previousHash: string;
  /** SHA-256 (hex) over the canonical JSON of `{ sequence, recordedAt, kind, payload, previousHash }`. */
  hash: string;
}

/** The answer of a ledger verification. */
export interface LedgerVerification {
  ok: boolean;
  /** Records checked. */
  records: number;
  headSequence: number;
  headHash: string;
  /** The first record that does not verify, and why. */
  firstBroken?: {
    sequence: number;
    reason:
      | 'hash-mismatch'
      | 'previous-hash-mismatch'
      | 'sequence-gap'
      | 'malformed';
    message: string;
  };
  verifiedAt: string;
}

/** An audit period, inclusive start, exclusive end (ISO 8601 instants). */
export interface CompliancePeriod {
  from: string;
  to: string;
}
