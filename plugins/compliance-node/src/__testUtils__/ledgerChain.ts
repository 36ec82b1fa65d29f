import type {
  JsonValue,
  LedgerRecord,
} from '@localplus/plugin-compliance-common';
import { chainLedgerRecord } from '../ledger/hashLedgerRecord';
import { seededRandom } from './seededRandom';

/** One entry to append: what the backend gives the ledger. */
export type LedgerEntry = Pick<LedgerRecord, 'recordedAt' | 'kind' | 'payload'>;

/**
 * A valid chain of `entries`, starting after `anchor` (the start of the
 * ledger when absent).
 */
export function chainLedgerEntries(
  entries: LedgerEntry[],
  anchor: { sequence: number; hash: string } | null = null,
): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  let previous = anchor;
  for (const entry of entries) {
    const record = chainLedgerRecord(previous, entry);
    records.push(record);
    previous = record;
  }
  return records;
}

/**
 * `count` varied ledger entries drawn from `seed`: observations with
 * nested details, unicode and numbers of every form, runs and exemptions,
 * one minute apart from `start`. The same seed gives the same entries.
 */
export function randomLedgerEntries(
  count: number,
  seed: number,
  start = Date.parse('2025-01-01T00:00:00.000Z'),
): LedgerEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)];
  const entries: LedgerEntry[] = [];
  for (let index = 0; index < count; index++) {
    const kind = pick([
      'observation',
      'observation',
      'run',
      'exemption',
    ] as const);
    const payload: JsonValue = {
      check: pick([
        'catalog.owner',
        'kubernetes.workload-policy',
        'access.admins',
      ]),
      subject: `component:default/svc-${Math.floor(random() * 50)}`,
      result: pick(['pass', 'fail', 'not-applicable', 'error']),
      summary: pick([
        'Owned by group:default/team-é',
        'Sans propriétaire 😀',
        'a "quoted"\nline',
      ]),
      details: {
        ratio: random(),
        count: Math.floor(random() * 1e6),
        tiny: random() * 1e-9,
        huge: random() * 1e25,
        negative: -random(),
        list: [null, true, false, pick(['x', 'ÿ', '\u2028'])],
      },
    };
    entries.push({
      recordedAt: new Date(start + index * 60_000).toISOString(),
      kind,
      payload,
    });
  }
  return entries;
}
