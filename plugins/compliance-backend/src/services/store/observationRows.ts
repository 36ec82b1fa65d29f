import type {
  LedgeredObservation,
  LedgerRecord,
  Observation,
} from '@localplus/plugin-compliance-common';
import { toNumber } from './tables';

/** The index row of an observation; the observation itself is its ledger payload. */
export interface ObservationRow {
  sequence: number | string;
  run_id: string;
  check_id: string;
  collector: string;
  subject: string;
  entity_ref: string | null;
  result: string;
  observed_at: string;
}

export function toObservationRow(
  runId: string,
  observation: Observation,
  record: LedgerRecord,
): ObservationRow {
  return {
    sequence: record.sequence,
    run_id: runId,
    check_id: observation.check,
    collector: observation.collector,
    subject: observation.subject,
    entity_ref: observation.entityRef?.toLocaleLowerCase('en-US') ?? null,
    result: observation.result,
    observed_at: observation.observedAt,
  };
}

/** An index row joined with its ledger record's payload and hash. */
export interface ObservationWithPayloadRow extends ObservationRow {
  /** Null when the ledger row was deleted. */
  payload: string | null;
  hash: string | null;
}

/**
 * The observation as the ledger holds it. Should the payload have been
 * edited into something unreadable, the index row still names what was
 * observed; the ledger's verification reports the edit.
 */
export function toLedgeredObservation(
  row: ObservationWithPayloadRow,
): LedgeredObservation {
  let payload: Partial<Observation> = {};
  try {
    const parsed = JSON.parse(row.payload ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      payload = parsed;
    }
  } catch {
    // Reported by the ledger verification; show the index row.
  }
  return {
    check: row.check_id,
    collector: row.collector,
    subject: row.subject,
    ...(payload.entityRef ? { entityRef: payload.entityRef } : {}),
    result: row.result as Observation['result'],
    summary: typeof payload.summary === 'string' ? payload.summary : '',
    method: payload.method ?? 'examine',
    examined: Array.isArray(payload.examined) ? payload.examined : [],
    observedAt: row.observed_at,
    ...(payload.details ? { details: payload.details } : {}),
    sequence: toNumber(row.sequence),
    hash: row.hash ?? '',
    runId: row.run_id,
  };
}
