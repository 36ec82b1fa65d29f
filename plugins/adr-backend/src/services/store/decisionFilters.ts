import type { DecisionQuery } from '@localplus/plugin-adr-common';
import type { Knex } from 'knex';
import { DECISIONS_TABLE, lower, TermKind, TERMS_TABLE } from './decisionRows';

/** The filters of a DecisionQuery, named so a facet can leave its own out. */
export type FilterName =
  | 'status'
  | 'range'
  | 'system'
  | 'owner'
  | 'entityRef'
  | 'decisionMaker'
  | 'tag'
  | 'q';

/** Words of `q` beyond this are not looked for (the router refuses them first). */
export const MAX_QUERY_WORDS = 20;

/** The decisions table as every query reads it. */
export const decisionsTable = `${DECISIONS_TABLE} as d`;

/** `%`, `_` and the escape character itself match literally. */
function escapeLike(word: string): string {
  return word.replace(/[!%_]/g, character => `!${character}`);
}

export function queryWords(q: string | undefined): string[] {
  const words = (q ?? '').split(/\s+/).filter(Boolean).map(lower);
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

function whereTerm(
  builder: Knex.QueryBuilder,
  kind: TermKind,
  value: string,
): void {
  builder.whereExists(sub =>
    sub
      .select('t.decision_id')
      .from(`${TERMS_TABLE} as t`)
      .whereRaw('?? = ??', ['t.decision_id', 'd.id'])
      .andWhere('t.kind', kind)
      .andWhere('t.value_lower', lower(value.trim())),
  );
}

/**
 * Adds every filter of `query` (all combined with AND) to a query over
 * `adr_decisions as d`, except the one named by `except`.
 */
export function applyDecisionFilters(
  builder: Knex.QueryBuilder,
  query: DecisionQuery,
  except?: FilterName,
): Knex.QueryBuilder {
  const use = (name: FilterName) => name !== except;
  if (use('status') && query.status && query.status.length > 0) {
    builder.whereIn('d.status', query.status);
  }
  if (use('range') && query.from) {
    builder.where('d.decision_date', '>=', query.from);
  }
  if (use('range') && query.to) {
    builder.where('d.decision_date', '<=', query.to);
  }
  if (use('system') && query.system) {
    builder.where('d.system_ref', lower(query.system));
  }
  if (use('owner') && query.owner) {
    builder.where('d.owner_ref', lower(query.owner));
  }
  if (use('entityRef') && query.entityRef) {
    builder.where('d.entity_ref', lower(query.entityRef));
  }
  if (use('decisionMaker') && query.decisionMaker) {
    whereTerm(builder, 'decision-maker', query.decisionMaker);
  }
  if (use('tag') && query.tag) {
    whereTerm(builder, 'tag', query.tag);
  }
  if (use('q')) {
    for (const word of queryWords(query.q)) {
      // search_text is lower-cased when stored, so this is case-insensitive on both databases.
      builder.whereRaw("d.search_text like ? escape '!'", [
        `%${escapeLike(word)}%`,
      ]);
    }
  }
  return builder;
}

/**
 * Orders by a column with its empty values last, the same way on both
 * databases (knex's own `nulls` option is not rendered right for SQLite).
 */
function orderNullsLast(
  builder: Knex.QueryBuilder,
  column: string,
  order: 'asc' | 'desc',
): Knex.QueryBuilder {
  return builder
    .orderByRaw('case when ?? is null then 1 else 0 end', [column])
    .orderBy(column, order);
}

/** `date`: newest first, undated last; `number`: per entity, ascending. */
export function applyDecisionOrder(
  builder: Knex.QueryBuilder,
  order: DecisionQuery['order'],
): Knex.QueryBuilder {
  if (order === 'number') {
    builder.orderBy('d.entity_ref', 'asc');
    orderNullsLast(builder, 'd.decision_number', 'asc');
    return builder.orderBy('d.file_name', 'asc');
  }
  orderNullsLast(builder, 'd.decision_date', 'desc');
  builder.orderBy('d.entity_ref', 'asc');
  orderNullsLast(builder, 'd.decision_number', 'desc');
  return builder.orderBy('d.id', 'asc');
}

/**
 * What `applyDecisionFilters` reads of a query, normalised as it applies it:
 * two queries with the same key match the same decisions. Kept beside it so
 * that a new filter is added to both.
 */
export function decisionFilterKey(query: DecisionQuery): string {
  const ref = (value: string | undefined) => (value ? lower(value) : null);
  const term = (value: string | undefined) =>
    value ? lower(value.trim()) : null;
  return JSON.stringify([
    [...new Set(query.status ?? [])].sort(),
    query.from || null,
    query.to || null,
    ref(query.system),
    ref(query.owner),
    ref(query.entityRef),
    term(query.decisionMaker),
    term(query.tag),
    queryWords(query.q).sort(),
  ]);
}
