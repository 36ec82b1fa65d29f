import type {
  DecisionGraph,
  DecisionList,
  DecisionProblems,
  DecisionQuery,
  DecisionRecord,
  NewDecisionRequest,
  NewDecisionResult,
  RefreshResult,
  ReviewQueue,
} from '@localplus/plugin-adr-common';

/** One decision's address, as the decision routes spell it. */
export type DecisionAddress = {
  kind: string;
  namespace: string;
  name: string;
  /** The file name without `.md`, e.g. `0005-central-argocd`. */
  slug: string;
};

/** Which part of the decision graph to draw. */
export type GraphQuery = {
  /** A decision id: only the decisions within `depth` links of it. */
  decision?: string;
  /** 1 to 5; the backend's default when unset. */
  depth?: number;
};

/** What the portal asks the ADR backend (`/api/adr`). */
export interface AdrApi {
  listDecisions(query?: DecisionQuery): Promise<DecisionList>;
  /** Rejects with a 404 `AdrApiError` when no such decision is indexed. */
  getDecision(address: DecisionAddress): Promise<DecisionRecord>;
  getGraph(query?: GraphQuery): Promise<DecisionGraph>;
  getProblems(options?: { entityRef?: string }): Promise<DecisionProblems>;
  /** What awaits review, for the signed-in person. */
  getReviewQueue(): Promise<ReviewQueue>;
  /** Re-reads one entity's decision folder now. */
  refresh(entityRef: string): Promise<RefreshResult>;
  createRecord(request: NewDecisionRequest): Promise<NewDecisionResult>;
}
