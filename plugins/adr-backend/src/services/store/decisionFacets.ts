import type {
  DecisionFacets,
  DecisionQuery,
  DecisionStatus,
} from '@localplus/plugin-adr-common';
import type { Knex } from 'knex';
import {
  applyDecisionFilters,
  decisionsTable,
  FilterName,
} from './decisionFilters';
import { TermKind, TERMS_TABLE } from './decisionRows';

/** Values per facet: the most frequent first. */
const MAX_FACET_VALUES = 200;

type Facet = Array<{ value: string; count: number }>;

/**
 * Most frequent first, then by value in code-point order; sorted here
 * rather than in SQL so both databases answer alike whatever their collation.
 */
function topValues(counts: Map<string, number>): Facet {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => {
      if (a.count !== b.count) {
        return b.count - a.count;
      }
      if (a.value === b.value) {
        return 0;
      }
      return a.value < b.value ? -1 : 1;
    })
    .slice(0, MAX_FACET_VALUES);
}

/**
 * Counts of a column's values over the decisions matching every filter but
 * the facet's own, so a menu still offers the other values of what it
 * filters on.
 */
async function columnFacet(
  db: Knex,
  query: DecisionQuery,
  column: string,
  own: FilterName,
): Promise<Facet> {
  const rows: Array<{ value: string; count: unknown }> =
    await applyDecisionFilters(db(decisionsTable), query, own)
      .whereNotNull(column)
      .select({ value: column })
      .count({ count: '*' })
      .groupBy(column);
  return topValues(new Map(rows.map(row => [row.value, Number(row.count)])));
}

/**
 * Decision-makers and tags, counted case-insensitively and shown in their
 * most frequent spelling.
 */
async function termFacet(
  db: Knex,
  query: DecisionQuery,
  kind: TermKind,
  own: FilterName,
): Promise<Facet> {
  const rows: Array<{ lowered: string; value: string; count: unknown }> =
    await applyDecisionFilters(
      db(`${TERMS_TABLE} as t`).join(decisionsTable, 'd.id', 't.decision_id'),
      query,
      own,
    )
      .where('t.kind', kind)
      .select({ lowered: 't.value_lower', value: 't.value' })
      .count({ count: '*' })
      .groupBy('t.value_lower', 't.value');
  const spellings = new Map<string, Facet>();
  for (const row of rows) {
    const known = spellings.get(row.lowered) ?? [];
    known.push({ value: row.value, count: Number(row.count) });
    spellings.set(row.lowered, known);
  }
  const counts = new Map<string, number>();
  for (const variants of spellings.values()) {
    const [display] = topValues(new Map(variants.map(v => [v.value, v.count])));
    const total = variants.reduce((sum, v) => sum + v.count, 0);
    counts.set(display.value, total);
  }
  return topValues(counts);
}

export async function decisionFacets(
  db: Knex,
  query: DecisionQuery,
): Promise<DecisionFacets> {
  const [statuses, systems, owners, entities, decisionMakers, tags] =
    await Promise.all([
      columnFacet(db, query, 'd.status', 'status'),
      columnFacet(db, query, 'd.system_ref', 'system'),
      columnFacet(db, query, 'd.owner_ref', 'owner'),
      columnFacet(db, query, 'd.entity_ref', 'entityRef'),
      termFacet(db, query, 'decision-maker', 'decisionMaker'),
      termFacet(db, query, 'tag', 'tag'),
    ]);
  return {
    statuses: statuses as Array<{ value: DecisionStatus; count: number }>,
    systems,
    owners,
    entities,
    decisionMakers,
    tags,
  };
}
