import type {
  DecisionLink,
  DecisionList,
  DecisionProblem,
  DecisionQuery,
  DecisionRecord,
  DecisionSummary,
} from '@localplus/plugin-adr-common';
import type { Knex } from 'knex';
import type { DecisionFolder } from '../sources/DecisionFolder';
import { DecisionCountsCache } from './DecisionCountsCache';
import { decisionFacets } from './decisionFacets';
import {
  applyDecisionFilters,
  applyDecisionOrder,
  decisionFilterKey,
  decisionsTable,
} from './decisionFilters';
import {
  DecisionRow,
  DECISIONS_TABLE,
  lower,
  SOURCES_TABLE,
  SUMMARY_COLUMNS,
  TERMS_TABLE,
  toDecisionRow,
  toRecord,
  toSummary,
  toTermRows,
} from './decisionRows';
import {
  DEFAULT_PAGE_SIZE,
  DecisionStore,
  MAX_PAGE_SIZE,
  SourceState,
  StoredDecision,
  SummaryFilter,
} from './DecisionStore';
import { raiseRevision, readRevision } from './indexRevision';

interface SourceRow {
  entity_ref: string;
  folder: string | null;
  location: string;
  read_at: string;
  readable: boolean | number;
  decision_count: number;
  problems: string;
}

/** Rows per insert statement: well under SQLite's limit of bound variables. */
const INSERT_CHUNK = 25;
const CLOSED_STATUSES = ['superseded', 'rejected', 'deprecated'];

async function insertChunked<T extends object>(
  tx: Knex.Transaction,
  table: string,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await tx(table).insert(rows.slice(i, i + INSERT_CHUNK));
  }
}

function sourceRow(
  entityRef: string,
  source: SourceState,
  readable: boolean,
  decisionCount: number,
): SourceRow {
  return {
    entity_ref: entityRef,
    folder: source.folder ? JSON.stringify(source.folder) : null,
    location: source.location,
    read_at: source.readAt,
    readable,
    decision_count: decisionCount,
    problems: JSON.stringify(source.problems),
  };
}

const clamp = (value: number | undefined, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.trunc(value ?? min)));

/** The decision index on the plugin's own database, PostgreSQL or SQLite. */
export class DatabaseDecisionStore implements DecisionStore {
  private readonly counts = new DecisionCountsCache();

  constructor(private readonly db: Knex) {}

  async replaceEntity(
    entityRef: string,
    decisions: StoredDecision[],
    source: SourceState,
  ): Promise<void> {
    const ref = lower(entityRef);
    const foreign = decisions.find(d => lower(d.entityRef) !== ref);
    if (foreign) {
      throw new Error(`Decision ${foreign.id} is not of ${entityRef}`);
    }
    const seen = new Set<string>();
    const twice = decisions.find(d => seen.size === seen.add(d.id).size);
    if (twice) {
      throw new Error(`Decision ${twice.id} is given twice for ${entityRef}`);
    }
    const rows = decisions.map(toDecisionRow);
    const terms = decisions.flatMap(toTermRows);
    await this.db.transaction(async tx => {
      await tx(TERMS_TABLE).where('entity_ref', ref).delete();
      await tx(DECISIONS_TABLE).where('entity_ref', ref).delete();
      await insertChunked(tx, DECISIONS_TABLE, rows);
      await insertChunked(tx, TERMS_TABLE, terms);
      await tx(SOURCES_TABLE)
        .insert(sourceRow(ref, source, true, rows.length))
        .onConflict('entity_ref')
        .merge();
      await raiseRevision(tx);
    });
  }

  async recordUnreadable(entityRef: string, source: SourceState) {
    const ref = lower(entityRef);
    await this.db.transaction(async tx => {
      const [{ count }] = await tx(DECISIONS_TABLE)
        .where('entity_ref', ref)
        .count({ count: '*' });
      await tx(SOURCES_TABLE)
        .insert(sourceRow(ref, source, false, Number(count)))
        .onConflict('entity_ref')
        .merge();
    });
  }

  async updateLinks(changes: Array<{ id: string; links: DecisionLink[] }>) {
    if (changes.length === 0) {
      return;
    }
    await this.db.transaction(async tx => {
      for (const { id, links } of changes) {
        await tx(DECISIONS_TABLE)
          .where('id', id)
          .update({ links: JSON.stringify(links) });
      }
      await raiseRevision(tx);
    });
  }

  async removeEntities(entityRefs: string[]): Promise<number> {
    const refs = [...new Set(entityRefs.map(lower))];
    let removed = 0;
    if (refs.length === 0) {
      return removed;
    }
    await this.db.transaction(async tx => {
      for (let i = 0; i < refs.length; i += INSERT_CHUNK) {
        const chunk = refs.slice(i, i + INSERT_CHUNK);
        await tx(TERMS_TABLE).whereIn('entity_ref', chunk).delete();
        removed += await tx(DECISIONS_TABLE)
          .whereIn('entity_ref', chunk)
          .delete();
        await tx(SOURCES_TABLE).whereIn('entity_ref', chunk).delete();
      }
      await raiseRevision(tx);
    });
    return removed;
  }

  async listEntityRefs(): Promise<string[]> {
    const rows: Array<{ entity_ref: string }> = await this.db
      .select('entity_ref')
      .from(SOURCES_TABLE)
      .union(sub => sub.select('entity_ref').from(DECISIONS_TABLE));
    return [...new Set(rows.map(row => row.entity_ref))].sort();
  }

  async query(query: DecisionQuery): Promise<DecisionList> {
    const limit = clamp(query.limit ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const offset = clamp(query.offset, 0, Number.MAX_SAFE_INTEGER);
    const columns = SUMMARY_COLUMNS.map(column => `d.${column}`);
    if (query.include === 'text') {
      columns.push('d.plain_text');
    }
    const filtered = () => applyDecisionFilters(this.db(decisionsTable), query);
    const [rows, revision] = await Promise.all([
      applyDecisionOrder(filtered().select(columns), query.order)
        .limit(limit)
        .offset(offset),
      readRevision(this.db),
    ]);
    const { total, facets } = await this.counts.get(
      revision,
      decisionFilterKey(query),
      async () => {
        const [[{ count }], counted] = await Promise.all([
          filtered().count({ count: '*' }),
          decisionFacets(this.db, query),
        ]);
        return { total: Number(count), facets: counted };
      },
    );
    return { decisions: rows.map(toSummary), total, facets };
  }

  async get(id: string): Promise<DecisionRecord | undefined> {
    const row: DecisionRow | undefined = await this.db(DECISIONS_TABLE)
      .where('id', id)
      .first();
    return row ? toRecord(row) : undefined;
  }

  async listSummaries(filter: SummaryFilter = {}): Promise<DecisionSummary[]> {
    const builder = this.db(decisionsTable).select(
      SUMMARY_COLUMNS.map(column => `d.${column}`),
    );
    if (filter.entityRef !== undefined) {
      builder.where('d.entity_ref', lower(filter.entityRef));
    }
    if (filter.statuses !== undefined) {
      builder.whereIn('d.status', filter.statuses);
    }
    const rows = await applyDecisionOrder(builder, 'number');
    return rows.map(toSummary);
  }

  async listDueForReview(day: string): Promise<DecisionSummary[]> {
    const rows = await this.db(decisionsTable)
      .select(SUMMARY_COLUMNS.map(column => `d.${column}`))
      .where('d.review_by', '<', day)
      .whereNotIn('d.status', CLOSED_STATUSES)
      .orderBy([
        { column: 'd.review_by', order: 'asc' },
        { column: 'd.id', order: 'asc' },
      ]);
    return rows.map(toSummary);
  }

  async listProblems(entityRef?: string): Promise<DecisionProblem[]> {
    const builder = this.db<SourceRow>(SOURCES_TABLE)
      .select('problems')
      .orderBy('entity_ref');
    if (entityRef !== undefined) {
      builder.where('entity_ref', lower(entityRef));
    }
    const rows: Array<Pick<SourceRow, 'problems'>> = await builder;
    return rows.flatMap(row => JSON.parse(row.problems) as DecisionProblem[]);
  }

  async listFolders(): Promise<DecisionFolder[]> {
    const rows: Array<Pick<SourceRow, 'folder'>> = await this.db<SourceRow>(
      SOURCES_TABLE,
    )
      .select('folder')
      .whereNotNull('folder')
      .orderBy('entity_ref');
    return rows.map(row => JSON.parse(row.folder!) as DecisionFolder);
  }
}
