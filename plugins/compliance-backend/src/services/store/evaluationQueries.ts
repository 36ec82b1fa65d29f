import type { ControlEvaluation } from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import { emptyStatusCounts } from '../evaluation/controlStatus';
import type {
  ControlHistoryQuery,
  ControlRunStatus,
  EvaluationQuery,
} from './ComplianceStore';
import { EvaluationRow, toEvaluation } from './evaluationRows';
import {
  chunks,
  clamp,
  EVALUATIONS_TABLE,
  RUNS_TABLE,
  toNumber,
} from './tables';

const MAX_RUN_EVALUATIONS_PAGE = 10_000;

const lower = (values: string[]) =>
  values.map(value => value.toLocaleLowerCase('en-US'));

/** The latest succeeded run that finished before an instant. */
export async function latestSucceededRunId(
  db: Knex,
  column: 'finished_at' | 'started_at',
  before: string,
): Promise<string | undefined> {
  const row = await db(RUNS_TABLE)
    .where('status', 'succeeded')
    .where(column, '<', before)
    .orderBy(column, 'desc')
    .first('id');
  return row?.id;
}

export async function listEvaluations(
  db: Knex,
  query: EvaluationQuery,
): Promise<ControlEvaluation[]> {
  let runId: string | undefined;
  if (query.latestOnly) {
    runId = await latestSucceededRunId(db, 'finished_at', query.period.to);
    if (!runId) return [];
  }
  // A long list of entities (a person's whole portfolio) is asked in parts.
  const entityParts = query.entityRefs
    ? chunks(lower(query.entityRefs), 500)
    : [undefined];
  if (entityParts.length === 0) return [];

  const rows: EvaluationRow[] = [];
  for (const entityRefs of entityParts) {
    let select = db<EvaluationRow>(EVALUATIONS_TABLE);
    if (runId) {
      select = select.where('run_id', runId);
    } else {
      select = select
        .where('evaluated_at', '>=', query.period.from)
        .where('evaluated_at', '<', query.period.to);
    }
    if (query.controlIds)
      select = select.whereIn('control_id', query.controlIds);
    if (query.subjects) select = select.whereIn('subject', query.subjects);
    if (query.statuses) select = select.whereIn('status', query.statuses);
    if (entityRefs) select = select.whereIn('entity_ref', entityRefs);
    select = select
      .orderBy('evaluated_at')
      .orderBy('control_id')
      .orderBy('subject');
    if (entityParts.length === 1 && query.limit !== undefined) {
      select = select.limit(query.limit).offset(query.offset ?? 0);
    }
    // Not push(...rows): spreading hundreds of thousands of rows as
    // arguments overflows the call stack (a 90-day period of 1,000 services).
    for (const row of await select) rows.push(row);
  }
  const evaluations = rows.map(toEvaluation);
  if (entityParts.length === 1) return evaluations;
  const sorted = sortEvaluations(evaluations);
  const offset = query.offset ?? 0;
  return query.limit === undefined
    ? sorted
    : sorted.slice(offset, offset + query.limit);
}

/**
 * One run's evaluations along the primary key (run, control, subject),
 * a page after the (control, subject) given: keyset paging, no offset.
 */
export async function readRunEvaluations(
  db: Knex,
  options: {
    runId: string;
    after?: { controlId: string; subject: string };
    limit: number;
  },
): Promise<ControlEvaluation[]> {
  let select = db<EvaluationRow>(EVALUATIONS_TABLE).where(
    'run_id',
    options.runId,
  );
  const after = options.after;
  if (after) {
    select = select.where(builder =>
      builder
        .where('control_id', '>', after.controlId)
        .orWhere(same =>
          same
            .where('control_id', after.controlId)
            .where('subject', '>', after.subject),
        ),
    );
  }
  const rows = await select
    .orderBy('control_id')
    .orderBy('subject')
    .limit(clamp(options.limit, 1, MAX_RUN_EVALUATIONS_PAGE));
  return rows.map(toEvaluation);
}

function sortEvaluations(evaluations: ControlEvaluation[]) {
  const key = (e: ControlEvaluation) => [e.evaluatedAt, e.controlId, e.subject];
  return evaluations.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    }
    return 0;
  });
}

interface HistoryRow {
  run_id: string;
  control_id: string;
  evaluated_at: string;
  status: ControlEvaluation['status'];
  count: number | string;
}

/**
 * Counts per run, control and status, grouped by the database: a year of
 * runs over thousands of subjects is a few thousand rows here.
 */
export async function listControlHistory(
  db: Knex,
  query: ControlHistoryQuery,
): Promise<ControlRunStatus[]> {
  const previousRunId = query.includePrevious
    ? await latestSucceededRunId(db, 'started_at', query.period.from)
    : undefined;
  const entityParts = query.entityRefs
    ? chunks(lower(query.entityRefs), 500)
    : [undefined];

  const byRunAndControl = new Map<string, ControlRunStatus>();
  for (const entityRefs of entityParts) {
    let select = db<HistoryRow>(EVALUATIONS_TABLE)
      .select('run_id', 'control_id', 'evaluated_at', 'status')
      .count({ count: '*' })
      .where(builder => {
        builder.where(inPeriod =>
          inPeriod
            .where('evaluated_at', '>=', query.period.from)
            .where('evaluated_at', '<', query.period.to),
        );
        if (previousRunId) builder.orWhere('run_id', previousRunId);
      })
      .groupBy('run_id', 'control_id', 'evaluated_at', 'status');
    if (query.controlIds)
      select = select.whereIn('control_id', query.controlIds);
    if (entityRefs) select = select.whereIn('entity_ref', entityRefs);
    const rows = (await select) as unknown as HistoryRow[];
    for (const row of rows) {
      const key = `${row.run_id}\u0000${row.control_id}`;
      let entry = byRunAndControl.get(key);
      if (!entry) {
        entry = {
          runId: row.run_id,
          controlId: row.control_id,
          evaluatedAt: row.evaluated_at,
          counts: emptyStatusCounts(),
        };
        byRunAndControl.set(key, entry);
      }
      entry.counts[row.status] += toNumber(row.count);
    }
  }
  return [...byRunAndControl.values()].sort((a, b) => {
    if (a.evaluatedAt !== b.evaluatedAt) {
      return a.evaluatedAt < b.evaluatedAt ? -1 : 1;
    }
    if (a.controlId !== b.controlId) return a.controlId < b.controlId ? -1 : 1;
    return 0;
  });
}
