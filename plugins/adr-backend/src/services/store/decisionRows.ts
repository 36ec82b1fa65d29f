import type {
  DecisionLink,
  DecisionRecord,
  DecisionStatus,
  DecisionSummary,
} from '@localplus/plugin-adr-common';
import type { StoredDecision } from './DecisionStore';

export const DECISIONS_TABLE = 'adr_decisions';
export const TERMS_TABLE = 'adr_decision_terms';
export const SOURCES_TABLE = 'adr_sources';

export type TermKind = 'decision-maker' | 'tag';

export interface DecisionRow {
  id: string;
  entity_ref: string;
  file_name: string;
  location: string;
  format: string;
  title: string;
  decision_number: number | null;
  status: string;
  status_text: string | null;
  decision_date: string | null;
  review_by: string | null;
  summary: string | null;
  system_ref: string | null;
  owner_ref: string | null;
  local_draft: boolean | number;
  decision_makers: string;
  consulted: string;
  informed: string;
  tags: string;
  links: string;
  body: string;
  plain_text: string;
  search_text: string;
}

export interface TermRow {
  decision_id: string;
  entity_ref: string;
  kind: TermKind;
  value_lower: string;
  value: string;
}

/** Every column but the large ones: what a summary is read from. */
export const SUMMARY_COLUMNS = [
  'id',
  'entity_ref',
  'file_name',
  'location',
  'format',
  'title',
  'decision_number',
  'status',
  'status_text',
  'decision_date',
  'review_by',
  'summary',
  'system_ref',
  'owner_ref',
  'local_draft',
  'decision_makers',
  'consulted',
  'informed',
  'tags',
  'links',
] as const;

/** Longest value kept in a term column; longer ones are never asked for. */
const MAX_TERM_LENGTH = 500;

export const lower = (value: string) => value.toLocaleLowerCase('en-US');

export function toDecisionRow(decision: StoredDecision): DecisionRow {
  return {
    id: decision.id,
    entity_ref: lower(decision.entityRef),
    file_name: decision.fileName,
    location: decision.location,
    format: decision.format,
    title: decision.title,
    decision_number: decision.number ?? null,
    status: decision.status,
    status_text: decision.statusText ?? null,
    decision_date: decision.date ?? null,
    review_by: decision.reviewBy ?? null,
    summary: decision.summary ?? null,
    system_ref: decision.system ? lower(decision.system) : null,
    owner_ref: decision.owner ? lower(decision.owner) : null,
    local_draft: Boolean(decision.localDraft),
    decision_makers: JSON.stringify(decision.decisionMakers),
    consulted: JSON.stringify(decision.consulted),
    informed: JSON.stringify(decision.informed),
    tags: JSON.stringify(decision.tags),
    links: JSON.stringify(decision.links),
    body: decision.body,
    plain_text: decision.text,
    search_text: lower(`${decision.title}\n${decision.text}`),
  };
}

/** One row per distinct (case-insensitive) decision-maker and tag. */
export function toTermRows(decision: StoredDecision): TermRow[] {
  const rows = new Map<string, TermRow>();
  const add = (kind: TermKind, values: string[]) => {
    for (const raw of values) {
      const value = raw.trim().slice(0, MAX_TERM_LENGTH);
      const valueLower = lower(value);
      const key = `${kind}\0${valueLower}`;
      if (value && !rows.has(key)) {
        rows.set(key, {
          decision_id: decision.id,
          entity_ref: lower(decision.entityRef),
          kind,
          value_lower: valueLower,
          value,
        });
      }
    }
  };
  add('decision-maker', decision.decisionMakers);
  add('tag', decision.tags);
  return [...rows.values()];
}

const parseArray = <T>(json: string): T[] => {
  const value = JSON.parse(json);
  return Array.isArray(value) ? value : [];
};

/** A summary from a row holding at least SUMMARY_COLUMNS; optional fields left out when empty. */
export function toSummary(
  row: Pick<DecisionRow, (typeof SUMMARY_COLUMNS)[number]> & {
    plain_text?: string;
  },
): DecisionSummary {
  const summary: DecisionSummary = {
    id: row.id,
    entityRef: row.entity_ref,
    fileName: row.file_name,
    location: row.location,
    format: row.format,
    title: row.title,
    status: row.status as DecisionStatus,
    decisionMakers: parseArray<string>(row.decision_makers),
    consulted: parseArray<string>(row.consulted),
    informed: parseArray<string>(row.informed),
    tags: parseArray<string>(row.tags),
    links: parseArray<DecisionLink>(row.links),
  };
  const optional: Partial<DecisionSummary> = {
    number: row.decision_number ?? undefined,
    statusText: row.status_text ?? undefined,
    date: row.decision_date ?? undefined,
    reviewBy: row.review_by ?? undefined,
    summary: row.summary ?? undefined,
    system: row.system_ref ?? undefined,
    owner: row.owner_ref ?? undefined,
    localDraft: row.local_draft ? true : undefined,
    text: row.plain_text,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) {
      (summary as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return summary;
}

export function toRecord(row: DecisionRow): DecisionRecord {
  // The plain text is the search's business, not the page's.
  return { ...toSummary({ ...row, plain_text: undefined }), body: row.body };
}
