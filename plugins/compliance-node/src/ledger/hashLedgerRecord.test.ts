import { createHash } from 'node:crypto';
import {
  chainLedgerRecord,
  GENESIS_HASH,
  hashLedgerRecord,
} from './hashLedgerRecord';

const sha256 = (text: string) =>
  createHash('sha256').update(text, 'utf8').digest('hex');

describe('hashLedgerRecord', () => {
  const fields = {
    sequence: 1,
    recordedAt: '2025-01-01T00:00:00.000Z',
    kind: 'observation' as const,
    payload: {
      subject: 'component:default/svc-ledger',
      result: 'pass',
      n: 1.5,
    },
    previousHash: GENESIS_HASH,
  };

  it('is the SHA-256 of the canonical JSON of the five hashed fields', () => {
    const canonical =
      '{"kind":"observation",' +
      '"payload":{"n":1.5,"result":"pass","subject":"component:default/svc-ledger"},' +
      `"previousHash":"${GENESIS_HASH}",` +
      '"recordedAt":"2025-01-01T00:00:00.000Z","sequence":1}';

    expect(hashLedgerRecord(fields)).toBe(sha256(canonical));
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('ignores every other property, including a stored hash', () => {
    const withExtras = { ...fields, hash: 'f'.repeat(64), id: 7 };

    expect(hashLedgerRecord(withExtras)).toBe(hashLedgerRecord(fields));
  });

  it('does not depend on the key order of the payload', () => {
    const reordered = {
      ...fields,
      payload: {
        n: 1.5,
        result: 'pass',
        subject: 'component:default/svc-ledger',
      },
    };

    expect(hashLedgerRecord(reordered)).toBe(hashLedgerRecord(fields));
  });

  it.each([
    ['sequence', { sequence: 2 }],
    ['recordedAt', { recordedAt: '2025-01-01T00:00:00.001Z' }],
    ['kind', { kind: 'run' as const }],
    ['payload', { payload: { ...fields.payload, result: 'fail' } }],
    ['previousHash', { previousHash: '1'.repeat(64) }],
  ])('changes when %s changes', (_field, change) => {
    expect(hashLedgerRecord({ ...fields, ...change })).not.toBe(
      hashLedgerRecord(fields),
    );
  });

  it('refuses a payload that is not plain JSON', () => {
    expect(() =>
      hashLedgerRecord({ ...fields, payload: { at: new Date() } as never }),
    ).toThrow('$.payload.at is a Date');
  });
});

describe('chainLedgerRecord', () => {
  const entry = {
    recordedAt: '2025-01-01T00:00:00.000Z',
    kind: 'run' as const,
    payload: { id: 'run-1' },
  };

  it('starts the ledger at sequence 1 linked to the genesis hash', () => {
    const first = chainLedgerRecord(null, entry);

    expect(first).toEqual({
      sequence: 1,
      ...entry,
      previousHash: GENESIS_HASH,
      hash: hashLedgerRecord({
        ...entry,
        sequence: 1,
        previousHash: GENESIS_HASH,
      }),
    });
  });

  it('links a record to the one before it', () => {
    const first = chainLedgerRecord(null, entry);
    const second = chainLedgerRecord(first, entry);

    expect(second.sequence).toBe(2);
    expect(second.previousHash).toBe(first.hash);
    expect(second.hash).not.toBe(first.hash);
  });
});
