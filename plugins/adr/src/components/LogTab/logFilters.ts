import {
  DECISION_STATUSES,
  DecisionQuery,
  DecisionStatus,
} from '@localplus/plugin-adr-common';
import { shortRef } from '../../decisions/shortRef';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../decisions/paging';
import { statusName } from '../StatusChip/statusColour';

/** What the log shows, as the page's query string holds it. */
export type LogFilters = {
  status: DecisionStatus[];
  from?: string;
  to?: string;
  system?: string;
  owner?: string;
  decisionMaker?: string;
  tag?: string;
  q?: string;
  offset: number;
  limit: number;
};

/** The filters a reader can loosen one at a time (paging is not one). */
export type FilterKey = Exclude<keyof LogFilters, 'offset' | 'limit'>;

export const DEFAULT_LIMIT = DEFAULT_PAGE_SIZE;
/** Longer text is cut: a pasted page of text is not a search. */
export const MAX_TEXT_LENGTH = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Offsets past this are not a real page of any log. */
const MAX_OFFSET = 1_000_000;

function text(value: string | null): string | undefined {
  const trimmed = value?.trim().slice(0, MAX_TEXT_LENGTH);
  return trimmed ? trimmed : undefined;
}

function day(value: string | null): string | undefined {
  return value && DAY.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : undefined;
}

function whole(value: string | null, fallback: number, max: number): number {
  if (!value || !/^\d{1,7}$/.test(value)) {
    return fallback;
  }
  return Math.min(Number(value), max);
}

/**
 * The filters of a shared or typed URL. Values the backend would refuse
 * (an unknown status, a date that is not a day, a negative offset) are
 * dropped rather than sent, so a mangled link still opens the log.
 */
export function readLogFilters(params: URLSearchParams): LogFilters {
  const statuses = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is DecisionStatus =>
      DECISION_STATUSES.includes(s as DecisionStatus),
    );
  const limit = whole(
    params.get('limit'),
    DEFAULT_LIMIT,
    Number.MAX_SAFE_INTEGER,
  );
  return {
    status: [...new Set(statuses)],
    from: day(params.get('from')),
    to: day(params.get('to')),
    system: text(params.get('system')),
    owner: text(params.get('owner')),
    decisionMaker: text(params.get('decisionMaker')),
    tag: text(params.get('tag')),
    q: text(params.get('q')),
    offset: whole(params.get('offset'), 0, MAX_OFFSET),
    limit: PAGE_SIZES.includes(limit) ? limit : DEFAULT_LIMIT,
  };
}

/** The query string of the filters: defaults left out, so links stay short. */
export function writeLogFilters(filters: LogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status.length > 0) {
    params.set('status', filters.status.join(','));
  }
  for (const key of [
    'from',
    'to',
    'system',
    'owner',
    'decisionMaker',
    'tag',
    'q',
  ] as const) {
    const value = filters[key];
    if (value) {
      params.set(key, value);
    }
  }
  if (filters.offset > 0) {
    params.set('offset', String(filters.offset));
  }
  if (filters.limit !== DEFAULT_LIMIT) {
    params.set('limit', String(filters.limit));
  }
  return params;
}

/** What to ask the backend for. */
export function toDecisionQuery(filters: LogFilters): DecisionQuery {
  return {
    status: filters.status.length > 0 ? filters.status : undefined,
    from: filters.from,
    to: filters.to,
    system: filters.system,
    owner: filters.owner,
    decisionMaker: filters.decisionMaker,
    tag: filters.tag,
    q: filters.q,
    limit: filters.limit,
    offset: filters.offset,
  };
}

/** Each filter in force, in words, so an empty log can say which to loosen. */
export function describeFilters(
  filters: LogFilters,
): Array<{ key: FilterKey; label: string }> {
  const described: Array<{ key: FilterKey; label: string }> = [];
  if (filters.status.length > 0) {
    described.push({
      key: 'status',
      label: `Status: ${filters.status.map(statusName).join(' or ')}`,
    });
  }
  if (filters.from) {
    described.push({ key: 'from', label: `Dated from ${filters.from}` });
  }
  if (filters.to) {
    described.push({ key: 'to', label: `Dated up to ${filters.to}` });
  }
  if (filters.system) {
    described.push({
      key: 'system',
      label: `System: ${shortRef(filters.system)}`,
    });
  }
  if (filters.owner) {
    described.push({
      key: 'owner',
      label: `Owner: ${shortRef(filters.owner)}`,
    });
  }
  if (filters.decisionMaker) {
    described.push({
      key: 'decisionMaker',
      label: `Decision-maker: ${shortRef(filters.decisionMaker)}`,
    });
  }
  if (filters.tag) {
    described.push({ key: 'tag', label: `Tag: ${filters.tag}` });
  }
  if (filters.q) {
    described.push({ key: 'q', label: `Text: “${filters.q}”` });
  }
  return described;
}

/** The filters with one of them loosened, back on the first page. */
export function withoutFilter(filters: LogFilters, key: FilterKey): LogFilters {
  return {
    ...filters,
    [key]: key === 'status' ? [] : undefined,
    offset: 0,
  };
}
