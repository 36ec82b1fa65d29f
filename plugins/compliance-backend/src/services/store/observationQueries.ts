import type { LedgeredObservation } from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import type { ObservationQuery } from './ComplianceStore';
import {
  ObservationWithPayloadRow,
  toLedgeredObservation,
} from './observationRows';
import { clamp, LEDGER_TABLE, OBSERVATIONS_TABLE, toNumber } from './tables';

export const MAX_OBSERVATIONS_PAGE = 1000;
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
