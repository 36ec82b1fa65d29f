import type {
  CollectorsResponse,
  ComplianceExemption,
  ComplianceFramework,
  ComplianceStatusResponse,
  ControlDetailResponse,
  EntityComplianceResponse,
  ExemptionsResponse,
  LedgerVerifyResponse,
  MyFailingControlsResponse,
  ObservationResult,
  ObservationsPage,
  RunsResponse,
} from '@localplus/plugin-compliance-common';

/**
 * An audit period as the portal's links write it: days (`2026-01-01`,
 * both included) or instants with their offset. Either end may be left
 * out; the backend then answers for its default (the last 30 days).
 */
export type PeriodQuery = {
  from?: string;
  to?: string;
};

/** GET /observations: one page of the ledger's observations, narrowed. */
export type ObservationsQuery = PeriodQuery & {
  control?: string;
  check?: string;
  subject?: string;
  /** An entity ref, `component:default/svc-ledger`. */
  entity?: string;
  result?: ObservationResult;
  limit?: number;
  offset?: number;
};

/** GET /exemptions */
export type ExemptionsQuery = {
  status?: ComplianceExemption['status'];
  control?: string;
  entity?: string;
};

/** POST /exemptions */
export type ExemptionRequest = {
  controlId: string;
  subject: string;
  justification: string;
  /** ISO 8601 instant with its offset. */
  expiresAt: string;
};

/** The archive of a period, as downloaded. */
export type ExportedArchive = {
  blob: Blob;
  /** The name the backend gave it (`localplus-compliance-<from>-<to>.zip`), cleaned. */
  fileName: string;
};

/** What the portal asks the compliance backend (`/api/compliance`). */
export interface ComplianceApi {
  getStatus(
    query?: PeriodQuery & { framework?: string },
  ): Promise<ComplianceStatusResponse>;
  getFrameworks(): Promise<{ items: ComplianceFramework[] }>;
  /** Rejects with a 404 `ResponseError` when no such control is defined. */
  getControl(id: string, period?: PeriodQuery): Promise<ControlDetailResponse>;
  getObservations(query: ObservationsQuery): Promise<ObservationsPage>;
  getEntityCompliance(
    entityRef: string,
    period?: PeriodQuery,
  ): Promise<EntityComplianceResponse>;
  /** Failing controls of the entities the signed-in person's groups own. */
  getMyFailingControls(): Promise<MyFailingControlsResponse>;
  getRuns(options?: { limit?: number }): Promise<RunsResponse>;
  /** Starts an evaluation now; a 409 `ResponseError` when one is running. */
  startRun(): Promise<{ runId?: string; triggered: true }>;
  getExemptions(query?: ExemptionsQuery): Promise<ExemptionsResponse>;
  requestExemption(request: ExemptionRequest): Promise<ComplianceExemption>;
  approveExemption(id: string, comment?: string): Promise<ComplianceExemption>;
  rejectExemption(id: string, comment: string): Promise<ComplianceExemption>;
  getCollectors(): Promise<CollectorsResponse>;
  verifyLedger(): Promise<LedgerVerifyResponse>;
  /** The period as OSCAL assessment results and CSV in a zip with its manifest. */
  exportPeriod(period: PeriodQuery): Promise<ExportedArchive>;
}
