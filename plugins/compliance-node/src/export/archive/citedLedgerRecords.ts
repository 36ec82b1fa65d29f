import { LOCALPLUS_OSCAL_NAMESPACE } from '../oscal/oscalValues';

/** A ledger record an OSCAL observation cites as its evidence. */
export interface CitedLedgerRecord {
  /** The observation's uuid. */
  observation: string;
  hash: string;
  sequence?: number;
}

interface LooseProp {
  name?: unknown;
  ns?: unknown;
  value?: unknown;
}

/**
 * The `ledger-hash` (and `ledger-sequence`) properties of the relevant
 * evidence of every observation of every result. The document is read
 * loosely: it may be any JSON, valid or not.
 */
export function citedLedgerRecords(document: unknown): CitedLedgerRecord[] {
  const cited: CitedLedgerRecord[] = [];
  const results = arrayAt(
    objectValue(document, 'assessment-results'),
    'results',
  );
  for (const result of results) {
    for (const observation of arrayAt(result, 'observations')) {
      const uuid = String(objectValue(observation, 'uuid') ?? 'without a uuid');
      for (const evidence of arrayAt(observation, 'relevant-evidence')) {
        const props = arrayAt(evidence, 'props') as LooseProp[];
        const ours = (name: string) =>
          props.find(
            prop =>
              prop?.name === name && prop?.ns === LOCALPLUS_OSCAL_NAMESPACE,
          )?.value;
        const hash = ours('ledger-hash');
        if (typeof hash !== 'string') continue;
        const sequence = Number(ours('ledger-sequence'));
        cited.push({
          observation: uuid,
          hash,
          ...(Number.isSafeInteger(sequence) ? { sequence } : {}),
        });
      }
    }
  }
  return cited;
}

function objectValue(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function arrayAt(value: unknown, key: string): unknown[] {
  const found = objectValue(value, key);
  return Array.isArray(found) ? found : [];
}
