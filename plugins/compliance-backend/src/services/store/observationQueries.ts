import type {
  CompliancePeriod,
  LedgeredObservation,
} from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import type { ObservationQuery } from './ComplianceStore';
import {
  ObservationWithPayloadRow,
  toLedgeredObservation,
} from './observationRows';
import {
  clamp,
  filterInRange,
  LEDGER_TABLE,
  OBSERVATIONS_TABLE,
  toNumber,
} from './tables';

export const MAX_OBSERVATIONS_PAGE = 1000;
/** The export's pages: large, as each costs one query. */
const MAX_READ_PAGE = 10_000;
/** An evaluation rests on a handful of observations; more is not a real request. */
const MAX_SEQUENCES = 500;

function filtered(db: Knex, query: ObservationQuery) {
  let select = db(`${OBSERVATIONS_TABLE} as o`)
    .where('o.observed_at', '>=', query.period.from)
    .where('o.observed_at', '<', query.period.to);
  if (query.checks) select = select.whereIn('o.check_id', query.checks);
  if (query.subject) select = select.where('o.subject', query.subject);
  if (query.entityRef) {
    select = select.where(
      'o.entity_ref',
      query.entityRef.toLocaleLowerCase('en-US'),
    );
  }
  if (query.result) select = select.where('o.result', query.result);
  if (query.runId) select = select.where('o.run_id', query.runId);
  if (query.sequences) {
    select = select.whereIn(
      'o.sequence',
      query.sequences.slice(0, MAX_SEQUENCES),
    );
  }
  return select;
}

/** One page of the evidence list, newest recorded first, with the total count. */
export async function listObservations(
  db: Knex,
  query: ObservationQuery,
): Promise<{ items: LedgeredObservation[]; total: number }> {
  const limit = clamp(query.limit, 1, MAX_OBSERVATIONS_PAGE);
  const offset = clamp(query.offset, 0, Number.MAX_SAFE_INTEGER);
  const [{ total }] = await filtered(db, query).count({ total: '*' });
  const rows: ObservationWithPayloadRow[] = await filtered(db, query)
    .leftJoin(`${LEDGER_TABLE} as l`, 'l.sequence', 'o.sequence')
    .select('o.*', 'l.payload', 'l.hash')
    .orderBy('o.sequence', 'desc')
    .limit(limit)
    .offset(offset);
  return { items: rows.map(toLedgeredObservation), total: toNumber(total) };
}

/**
 * Observations made in a period in sequence order, a page after
 * `afterSequence`: keyset paging along the primary key, so the thousandth
 * page costs what the first does (no offset to skip, no count to redo).
 */
export async function readObservations(
  db: Knex,
  options: { period: CompliancePeriod; afterSequence?: number; limit: number },
): Promise<LedgeredObservation[]> {
  const select = db(`${OBSERVATIONS_TABLE} as o`).where(
    'o.sequence',
    '>',
    Math.max(0, Math.trunc(options.afterSequence ?? 0)),
  );
  const rows: ObservationWithPayloadRow[] = await filterInRange(
    db,
    select,
    'o.observed_at',
    options.period,
  )
    .leftJoin(`${LEDGER_TABLE} as l`, 'l.sequence', 'o.sequence')
    .select('o.*', 'l.payload', 'l.hash')
    .orderBy('o.sequence')
    .limit(clamp(options.limit, 1, MAX_READ_PAGE));
  return rows.map(toLedgeredObservation);
}
