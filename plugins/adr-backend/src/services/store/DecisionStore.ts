import type {
  DecisionLink,
  DecisionList,
  DecisionProblem,
  DecisionQuery,
  DecisionRecord,
  DecisionStatus,
  DecisionSummary,
} from '@localplus/plugin-adr-common';
import type { DecisionFolder } from '../sources/DecisionFolder';

/** A decision as the index keeps it: the record and its plain text. */
export interface StoredDecision extends DecisionRecord {
  text: string;
}

/** What the last read of an entity's decision folder gave. */
export interface SourceState {
  /** Undefined when the annotation could not be resolved to a folder. */
  folder?: DecisionFolder;
  /** The folder as shown to people: its URL or the annotated path. */
  location: string;
  /** ISO instant of the read. */
  readAt: string;
  problems: DecisionProblem[];
}

/** Which summaries to list, for the graph, the review queue and the indexer. */
export interface SummaryFilter {
  entityRef?: string;
  statuses?: DecisionStatus[];
}

/** Largest page of GET /decisions. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** The decision index, shared by every replica. */
export interface DecisionStore {
  /**
   * Replaces everything known of one entity (its decisions, their terms and
   * its source state) in one transaction: readers see the old set or the
   * new, never a mix.
   */
  replaceEntity(
    entityRef: string,
    decisions: StoredDecision[],
    source: SourceState,
  ): Promise<void>;
  /** Records a read that failed as a whole; the entity's decisions stay as they were. */
  recordUnreadable(entityRef: string, source: SourceState): Promise<void>;
  /** Rewrites the links of decisions whose resolution changed. */
  updateLinks(
    changes: Array<{ id: string; links: DecisionLink[] }>,
  ): Promise<void>;
  /** Forgets the entities and their decisions; answers how many decisions went. */
  removeEntities(entityRefs: string[]): Promise<number>;
  /** Every entity with a source state or decisions. */
  listEntityRefs(): Promise<string[]>;

  /** GET /decisions: every filter in SQL, with the total and the facets. */
  query(query: DecisionQuery): Promise<DecisionList>;
  get(id: string): Promise<DecisionRecord | undefined>;
  listSummaries(filter?: SummaryFilter): Promise<DecisionSummary[]>;
  /** Decisions still in force whose review-by date is before `day` (YYYY-MM-DD). */
  listDueForReview(day: string): Promise<DecisionSummary[]>;
  listProblems(entityRef?: string): Promise<DecisionProblem[]>;
  /** The folders read at the last refresh, for the review of pull requests. */
  listFolders(): Promise<DecisionFolder[]>;
}
