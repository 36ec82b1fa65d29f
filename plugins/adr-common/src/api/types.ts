/*
 * The decision model and the ADR backend's HTTP answers and requests: the
 * contract between adr-node's parsers, adr-backend, the search collator and
 * the frontend.
 */

/** A decision's lifecycle state, normalised from what the record says. */
export type DecisionStatus =
  | 'proposed'
  | 'accepted'
  | 'rejected'
  | 'deprecated'
  | 'superseded'
  | 'unknown';

export const DECISION_STATUSES: readonly DecisionStatus[] = [
  'proposed',
  'accepted',
  'rejected',
  'deprecated',
  'superseded',
  'unknown',
];

/** How two decisions relate; `superseded-by` and `amended-by` are the reverse of the first two. */
export type DecisionLinkKind =
  | 'supersedes'
  | 'superseded-by'
  | 'amends'
  | 'amended-by'
  | 'relates-to';

/** A link from a record to another decision, as the record writes it. */
export interface DecisionLink {
  kind: DecisionLinkKind;
  /**
   * The target as written: a file name or relative path
   * (`0005-central-argocd.md`), a number (`ADR-0005`, `5`), or a URL.
   */
  target: string;
  /** Set by the index when the target is an indexed decision. */
  decisionId?: string;
}

/** What a parser reads from one file. */
export interface ParsedDecision {
  /** `madr-2`, `madr-3`, `madr-4`, `nygard`, or a custom parser's id. */
  format: string;
  title: string;
  /** From the file name (`0005-...`, `ADR-005-...`) or the title (`ADR 0005:`). */
  number?: number;
  status: DecisionStatus;
  /** The status as written, e.g. `Superseded by ADR-0012`. */
  statusText?: string;
  /** `YYYY-MM-DD`: the front matter, the status list, or a date-prefixed file name. */
  date?: string;
  /** MADR 4 `decision-makers`, MADR 3 `deciders`, MADR 2 `Deciders:`. */
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  links: DecisionLink[];
  /** `YYYY-MM-DD` after which the decision should be reviewed (front matter `review-by`). */
  reviewBy?: string;
  /** The first paragraph of the context, as plain text. */
  summary?: string;
  /** The whole record as plain text, for full-text search. */
  text: string;
  /** The markdown without its front matter. */
  body: string;
}

/** One indexed decision, without its body. */
export interface DecisionSummary {
  /** `<kind>:<namespace>/<name>/<file name without .md>`, e.g. `component:default/docs/0005-central-argocd`. */
  id: string;
  entityRef: string;
  fileName: string;
  /** Where the file was read: its URL, or its path relative to the entity's folder. */
  location: string;
  format: string;
  title: string;
  number?: number;
  status: DecisionStatus;
  statusText?: string;
  date?: string;
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  links: DecisionLink[];
  reviewBy?: string;
  summary?: string;
  /** The entity's system (`system:default/localplus-platform`), or the entity itself when it is a System. */
  system?: string;
  /** The entity's owner ref. */
  owner?: string;
  /** Written by the portal's authoring in development and not yet in the entity's own folder. */
  localDraft?: boolean;
  /** The record as plain text: only in GET /decisions?include=text (the search collator). */
  text?: string;
}

/** One decision with its markdown. */
export interface DecisionRecord extends DecisionSummary {
  body: string;
}

/** A file or folder that could not be read or parsed; the rest of the folder is indexed. */
export interface DecisionProblem {
  entityRef: string;
  /** The folder or file, as `location` is written for decisions. */
  location: string;
  fileName?: string;
  message: string;
}

/** GET /decisions query: every filter optional, combined with AND. */
export interface DecisionQuery {
  /** Any of these statuses. */
  status?: DecisionStatus[];
  /** Decisions dated on or after (YYYY-MM-DD). */
  from?: string;
  /** Decisions dated on or before (YYYY-MM-DD). */
  to?: string;
  system?: string;
  owner?: string;
  entityRef?: string;
  /** A decision-maker as written in the records (case-insensitive). */
  decisionMaker?: string;
  tag?: string;
  /** Words that must all appear in the title or the text (case-insensitive). */
  q?: string;
  /** `date` (newest first, the default) or `number` (per entity, ascending). */
  order?: 'date' | 'number';
  /** `text`: add each decision's plain text (for the search collator). */
  include?: 'text';
  limit?: number;
  offset?: number;
}

/** Values present in the index, for the filters' menus. */
export interface DecisionFacets {
  statuses: Array<{ value: DecisionStatus; count: number }>;
  systems: Array<{ value: string; count: number }>;
  owners: Array<{ value: string; count: number }>;
  entities: Array<{ value: string; count: number }>;
  decisionMakers: Array<{ value: string; count: number }>;
  tags: Array<{ value: string; count: number }>;
}

/** Facets of an empty index, or of a list not loaded yet. */
export const NO_DECISION_FACETS: DecisionFacets = {
  statuses: [],
  systems: [],
  owners: [],
  entities: [],
  decisionMakers: [],
  tags: [],
};

/** GET /decisions */
export interface DecisionList {
  decisions: DecisionSummary[];
  /** Matching decisions before limit and offset. */
  total: number;
  facets: DecisionFacets;
}

/** GET /problems */
export interface DecisionProblems {
  problems: DecisionProblem[];
}

/** An edge of the decision graph: `from` supersedes, amends or relates to `to`. */
export interface DecisionEdge {
  from: string;
  to: string;
  kind: 'supersedes' | 'amends' | 'relates-to';
}

/** Something in the decision log that needs a human. */
export type DecisionWarning =
  | {
      /** A decision cites (links to) a decision that has been superseded. */
      type: 'cites-superseded';
      decision: string;
      cited: string;
      /** The cited decision's successor, when known. */
      successor?: string;
    }
  | {
      /** A decision is superseded but no indexed decision replaces it (its link points nowhere). */
      type: 'superseded-without-successor';
      decision: string;
      /** The superseded-by target as written, when there is one. */
      target?: string;
    }
  | {
      /** The status says superseded, but the record links no successor and no decision claims to supersede it. */
      type: 'superseded-without-link';
      decision: string;
    }
  | {
      /** Two or more decisions carry the same number in one folder. */
      type: 'duplicate-number';
      entityRef: string;
      number: number;
      decisions: string[];
    }
  | {
      /** A decision is superseded by another, yet its own status still says otherwise. */
      type: 'status-disagrees-with-links';
      decision: string;
      supersededBy: string;
    };

/** GET /graph: nodes, edges, and warnings over the whole log (or around one decision). */
export interface DecisionGraph {
  nodes: DecisionSummary[];
  edges: DecisionEdge[];
  warnings: DecisionWarning[];
}

/** An open pull request that touches a decision folder (production, GitHub). */
export interface DecisionPullRequest {
  entityRef: string;
  /** `owner/repo`. */
  repository: string;
  number: number;
  title: string;
  url: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  draft: boolean;
  /** The decision files it adds or changes. */
  files: string[];
}

/** GET /review: what awaits review, for the signed-in person. */
export interface ReviewQueue {
  /** Proposed decisions whose decision-makers or consulted people include the caller or one of their groups. */
  awaitingYou: DecisionSummary[];
  /** Every proposed decision. */
  proposed: DecisionSummary[];
  /** Decisions (not superseded, rejected or deprecated) whose review-by date has passed. */
  due: DecisionSummary[];
  /** Open pull requests touching a decision folder; empty where GitHub is not configured. */
  pullRequests: DecisionPullRequest[];
  /** Why pull requests could not be listed, when they could not. */
  pullRequestProblems: string[];
}

/** POST /refresh */
export interface RefreshRequest {
  entityRef: string;
}

export interface RefreshResult {
  entityRef: string;
  decisions: number;
  problems: DecisionProblem[];
}

/** POST /records: a new MADR 4 record in the entity's decision folder. */
export interface NewDecisionRequest {
  entityRef: string;
  title: string;
  /** Context and problem statement (markdown). */
  context: string;
  /** Considered options, one per entry. */
  options?: string[];
  /** The decision outcome (markdown). */
  decision: string;
  consequences?: string;
  /** `proposed` unless said otherwise. */
  status?: 'proposed' | 'accepted';
  decisionMakers?: string[];
  consulted?: string[];
  informed?: string[];
  tags?: string[];
  /** Ids of decisions this one supersedes. */
  supersedes?: string[];
}

export interface NewDecisionResult {
  /** The id the decision has (or will have, once merged) in the index. */
  decisionId: string;
  number: number;
  fileName: string;
  /** `github`: a pull request was opened; `local`: written to the development repository. */
  target: 'github' | 'local';
  pullRequestUrl?: string;
  /** The file's URL on its branch, or its local path. */
  location: string;
}
