import {
  chainLedgerEntries,
  randomLedgerEntries,
} from '../__testUtils__/ledgerChain';
import { verifyLedgerRecords } from '../ledger/LedgerChainVerifier';
import { readLedgerJsonl, writeLedgerJsonl } from './ledgerJsonl';

describe('ledger.jsonl', () => {
  const records = chainLedgerEntries(randomLedgerEntries(8, 3));

  it('starts with the anchor line and holds one record per line', () => {
    const anchor = { sequence: 41, hash: 'a'.repeat(64) };
    const text = writeLedgerJsonl(anchor, records);
    const lines = text.split('\n');

    expect(lines[0]).toBe(
      `{"anchor":{"sequence":41,"hash":"${'a'.repeat(64)}"}}`,
    );
    expect(lines).toHaveLength(records.length + 2);
    expect(lines[lines.length - 1]).toBe('');
    expect(JSON.parse(lines[1])).toEqual(records[0]);
  });

  it('writes a null anchor when the period starts the ledger', () => {
    expect(writeLedgerJsonl(null, []).split('\n')[0]).toBe('{"anchor":null}');
  });

  it('reads back what it wrote, and the records still verify', () => {
    const parsed = readLedgerJsonl(writeLedgerJsonl(null, records));

    expect(parsed).toEqual({ anchor: null, records, problems: [] });
    expect(
      verifyLedgerRecords(parsed.records, { anchor: parsed.anchor }).ok,
    ).toBe(true);
  });

  it('reports lines that are not JSON and a malformed anchor without throwing', () => {
    const parsed = readLedgerJsonl(
      '{"anchor":{"sequence":-1,"hash":"x"}}\n{oops\n{"sequence":1}\n',
    );

    expect(parsed.anchor).toBeNull();
    expect(parsed.records).toEqual(['{oops', { sequence: 1 }]);
    expect(parsed.problems).toEqual([
      'ledger.jsonl line 1 must be {"anchor":null} or {"anchor":{"hash":"<64 hex>","sequence":<n>}}',
      'ledger.jsonl line 2 is not JSON',
    ]);
    expect(readLedgerJsonl('').problems).toEqual([
      'ledger.jsonl is empty: its first line must be the anchor',
    ]);
    expect(readLedgerJsonl('not json\n').problems).toEqual([
      'ledger.jsonl line 1 (the anchor) is not JSON',
    ]);
  });
});
