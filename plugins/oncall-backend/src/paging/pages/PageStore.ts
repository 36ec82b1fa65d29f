import type { OnCallPage, Severity } from '@localplus/plugin-oncall-common';

/** Which pages `list` returns; every field narrows the list. */
export interface PageFilter {
  /**
   * `open`: not both resolved and acknowledged, so a page nobody acknowledged
   * stays visible after it resolved (the entity card's rule). Default `all`.
   */
  status?: 'open' | 'all';
  entityRef?: string;
  rotation?: string;
  /** Fired at or after this instant (ISO). */
  from?: string;
  /** Fired before this instant (ISO). */
  to?: string;
  /** At most this many, newest first; default 100, at most 1000. */
  limit?: number;
}

/** One firing of an alert as the webhook records it. */
export interface PageRecord {
  fingerprint: string;
  /** The alert's startsAt, ISO UTC. */
  firedAt: string;
  alertName: string;
  summary: string;
  entityRef?: string;
  severity: Severity;
  rotation?: string;
  primary?: string;
  secondary?: string;
  acknowledgeTargetMinutes?: number;
  labels: Record<string, string>;
  generatorUrl?: string;
  runbookUrl?: string;
  /** Set when the alert arrives already resolved. */
  resolvedAt?: string;
}

/** One escalation step's notification. */
import type { PageAttribution } from './pageAttribution';

export interface NotifiedStep {
  step: number;
  people: string[];
  at: string;
}

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

/** The pages recorded from Alertmanager. */
export interface PageStore {
  list(filter: PageFilter): Promise<OnCallPage[]>;
  get(id: string): Promise<OnCallPage | undefined>;
  /**
   * Records a firing (or resolved) alert. The same fingerprint and firedAt
   * again is the same page: its text and labels are refreshed, its people,
   * rotation and escalation kept, and `created` is false.
   */
  record(page: PageRecord): Promise<{ page: OnCallPage; created: boolean }>;
  /** Sets resolvedAt once; undefined when no such page was recorded. */
  resolve(
    fingerprint: string,
    firedAt: string,
    resolvedAt: string,
  ): Promise<OnCallPage | undefined>;
  /** Throws NotFoundError for an unknown page, ConflictError if already acknowledged. */
  acknowledge(id: string, by: string, at: string): Promise<OnCallPage>;
  /** Pages neither acknowledged nor resolved that have a rotation, oldest first. */
  listEscalating(): Promise<OnCallPage[]>;
  /**
   * Pages of the last 7 days, acknowledged or not, of a known entity that no
   * rotation answered for when they arrived (at startup the rotations may
   * not be read yet), oldest first.
   */
  listUnattributed(): Promise<OnCallPage[]>;
  /** Gives such a page its rotation and people; false when it already has one. */
  attribute(id: string, attribution: PageAttribution): Promise<boolean>;
  /**
   * Appends `steps` to the page's notifications and moves its last notified
   * step from `expectedStep` to the last of `steps`, only if it still is at
   * `expectedStep` and the page is still unacknowledged: false when another
   * run (or an acknowledgement) came first, so nobody is notified twice.
   */
  recordEscalation(
    id: string,
    expectedStep: number,
    steps: NotifiedStep[],
  ): Promise<boolean>;
}
