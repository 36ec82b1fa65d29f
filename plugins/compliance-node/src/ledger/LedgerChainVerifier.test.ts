import type { LedgerRecord } from '@localplus/plugin-compliance-common';
import {
  chainLedgerEntries,
  randomLedgerEntries,
} from '../__testUtils__/ledgerChain';
import { GENESIS_HASH, hashLedgerRecord } from './hashLedgerRecord';
import {
  LedgerChainVerifier,
  verifyLedgerRecords,
} from './LedgerChainVerifier';

const LENGTH = 12;
const SEEDS = [1, 2, 3, 42, 2025];

/** Every (seed, position) pair: tampering is tried at each place of each chain. */
const cases = SEEDS.flatMap(seed =>
  Array.from({ length: LENGTH }, (_, index) => [seed, index + 1] as const),
);

function chain(seed: number): LedgerRecord[] {
  return chainLedgerEntries(randomLedgerEntries(LENGTH, seed));
}

function headOf(records: LedgerRecord[]) {
  const last = records[records.length - 1];
  return { sequence: last.sequence, hash: last.hash };
}

function rehash(record: LedgerRecord): LedgerRecord {
  return { ...record, hash: hashLedgerRecord(record) };
}

describe('verifyLedgerRecords', () => {
  it.each(SEEDS)('verifies an untouched chain (seed %i)', seed => {
    const records = chain(seed);

    expect(verifyLedgerRecords(records)).toEqual({
      ok: true,
      records: LENGTH,
      headSequence: LENGTH,
      headHash: records[LENGTH - 1].hash,
    });
    expect(
      verifyLedgerRecords(records, { expectedHead: headOf(records) }).ok,
    ).toBe(true);
  });

  it('verifies an empty ledger as its start', () => {
    expect(verifyLedgerRecords([])).toEqual({
      ok: true,
      records: 0,
      headSequence: 0,
      headHash: GENESIS_HASH,
    });
  });

  describe('an edited row', () => {
    it.each(cases)(
      'is a hash mismatch at the row (seed %i, row %i)',
      (seed, position) => {
        const records = chain(seed);
        const original = records[position - 1];
        records[position - 1] = {
          ...original,
          payload: { ...(original.payload as object), result: 'edited' },
        };

        const result = verifyLedgerRecords(records);

        expect(result.ok).toBe(false);
        expect(result.firstBroken).toMatchObject({
          sequence: position,
          reason: 'hash-mismatch',
        });
        expect(result.headSequence).toBe(position - 1);
        expect(result.headHash).toBe(
          position === 1 ? GENESIS_HASH : records[position - 2].hash,
        );
      },
    );

    it.each([
      ['recordedAt', { recordedAt: '2030-01-01T00:00:00.000Z' }],
      ['kind', { kind: 'exemption' as const }],
      ['hash', { hash: 'a'.repeat(64) }],
    ])('is a hash mismatch when its %s changes', (_field, change) => {
      const records = chain(7);
      records[4] = { ...records[4], ...change };

      expect(verifyLedgerRecords(records).firstBroken).toMatchObject({
        sequence: 5,
        reason: 'hash-mismatch',
      });
    });

    it.each(cases.filter(([, position]) => position < LENGTH))(
      'rehashed to hide the edit breaks the next link (seed %i, row %i)',
      (seed, position) => {
        const records = chain(seed);
        records[position - 1] = rehash({
          ...records[position - 1],
          payload: 'forged',
        });

        expect(verifyLedgerRecords(records).firstBroken).toMatchObject({
          sequence: position + 1,
          reason: 'previous-hash-mismatch',
        });
      },
    );

    it('rehashed at the last row is only caught by a known head', () => {
      const records = chain(9);
      const head = headOf(records);
      records[LENGTH - 1] = rehash({
        ...records[LENGTH - 1],
        payload: 'forged',
      });

      expect(verifyLedgerRecords(records).ok).toBe(true);
      expect(
        verifyLedgerRecords(records, { expectedHead: head }).firstBroken,
      ).toMatchObject({ sequence: LENGTH, reason: 'hash-mismatch' });
    });
  });

  describe('a deleted row', () => {
    it.each(cases.filter(([, position]) => position < LENGTH))(
      'is a sequence gap at the row after it (seed %i, row %i)',
      (seed, position) => {
        const records = chain(seed);
        records.splice(position - 1, 1);

        const result = verifyLedgerRecords(records);

        expect(result.firstBroken).toMatchObject({
          sequence: position + 1,
          reason: 'sequence-gap',
        });
        expect(result.firstBroken?.message).toContain(
          `record ${position} was expected`,
        );
      },
    );

    it.each(cases.filter(([, position]) => position < LENGTH))(
      'renumbered to hide the gap breaks the link (seed %i, row %i)',
      (seed, position) => {
        const records = chain(seed);
        records.splice(position - 1, 1);
        for (let index = position - 1; index < records.length; index++) {
          records[index] = { ...records[index], sequence: index + 1 };
        }

        expect(verifyLedgerRecords(records).firstBroken).toMatchObject({
          sequence: position,
          reason: 'previous-hash-mismatch',
        });
      },
    );
  });

  describe('reordered rows', () => {
    it.each(cases.filter(([, position]) => position < LENGTH))(
      'are a sequence gap where the order changes (seed %i, rows %i and the next)',
      (seed, position) => {
        const records = chain(seed);
        [records[position - 1], records[position]] = [
          records[position],
          records[position - 1],
        ];

        expect(verifyLedgerRecords(records).firstBroken).toMatchObject({
          sequence: position + 1,
          reason: 'sequence-gap',
        });
      },
    );

    it('renumbered after the swap break the link', () => {
      const records = chain(11);
      const [fourth, fifth] = [records[3], records[4]];
      records[3] = { ...fifth, sequence: 4 };
      records[4] = { ...fourth, sequence: 5 };

      expect(verifyLedgerRecords(records).firstBroken).toMatchObject({
        sequence: 4,
        reason: 'previous-hash-mismatch',
      });
    });
  });

  describe('an inserted row', () => {
    it.each(cases)(
      'with a duplicate sequence is a sequence gap at the duplicate (seed %i, before row %i)',
      (seed, position) => {
        const records = chain(seed);
        const forged = rehash({ ...records[position - 1], payload: 'forged' });
        records.splice(position - 1, 0, forged);

        expect(verifyLedgerRecords(records).firstBroken).toMatchObject({
          sequence: position,
          reason: 'sequence-gap',
        });
      },
    );

    it('linked into the chain breaks the link of the row after it', () => {
      const records = chain(13);
      const forged = rehash({
        ...records[5],
        sequence: 6,
        previousHash: records[4].hash,
        payload: 'forged',
      });
      records.splice(5, 0, forged);
      for (let index = 6; index < records.length; index++) {
        records[index] = { ...records[index], sequence: index + 1 };
      }

      expect(verifyLedgerRecords(records).firstBroken).toMatchObject({
        sequence: 7,
        reason: 'previous-hash-mismatch',
      });
    });
  });

  describe('a truncated tail', () => {
    it.each([1, 3, LENGTH - 1])(
      'of %i rows verifies without a known head (a chain cannot show its own end)',
      dropped => {
        const records = chain(17);
        const result = verifyLedgerRecords(records.slice(0, LENGTH - dropped));

        expect(result.ok).toBe(true);
        expect(result.headSequence).toBe(LENGTH - dropped);
      },
    );

    it.each([1, 3, LENGTH - 1, LENGTH])(
      'of %i rows is a sequence gap against the known head',
      dropped => {
        const records = chain(17);
        const result = verifyLedgerRecords(records.slice(0, LENGTH - dropped), {
          expectedHead: headOf(records),
        });

        expect(result.firstBroken).toMatchObject({
          sequence: LENGTH - dropped + 1,
          reason: 'sequence-gap',
        });
        expect(result.firstBroken?.message).toContain(
          `records ${LENGTH - dropped + 1} to ${LENGTH} are missing`,
        );
      },
    );

    it('and a whole rewritten suffix are caught by the known head', () => {
      const records = chain(19);
      const head = headOf(records);
      const rewritten = chainLedgerEntries(
        records.slice(3).map(record => ({ ...record, payload: 'rewritten' })),
        headOf(records.slice(0, 3)),
      );
      const forged = [...records.slice(0, 3), ...rewritten];

      expect(verifyLedgerRecords(forged).ok).toBe(true);
      expect(
        verifyLedgerRecords(forged, { expectedHead: head }).firstBroken,
      ).toMatchObject({ sequence: LENGTH, reason: 'hash-mismatch' });
    });

    it('accepts records appended after the known head', () => {
      const records = chain(23);

      expect(
        verifyLedgerRecords(records, {
          expectedHead: headOf(records.slice(0, 5)),
        }).ok,
      ).toBe(true);
    });
  });

  describe('with an anchor', () => {
    it('verifies a page of the ledger from the record before it', () => {
      const records = chain(31);
      const page = records.slice(5);

      expect(
        verifyLedgerRecords(page, { anchor: headOf(records.slice(0, 5)) }),
      ).toEqual({
        ok: true,
        records: LENGTH - 5,
        headSequence: LENGTH,
        headHash: records[LENGTH - 1].hash,
      });
    });

    it('reports a page without its anchor as a gap from the start', () => {
      const page = chain(31).slice(5);

      expect(verifyLedgerRecords(page).firstBroken).toMatchObject({
        sequence: 6,
        reason: 'sequence-gap',
      });
    });

    it('reports a page whose anchor hash differs as a broken link', () => {
      const records = chain(31);

      expect(
        verifyLedgerRecords(records.slice(5), {
          anchor: { sequence: 5, hash: 'b'.repeat(64) },
        }).firstBroken,
      ).toMatchObject({ sequence: 6, reason: 'previous-hash-mismatch' });
    });

    it('answers the anchor as head when the page is empty', () => {
      const anchor = { sequence: 41, hash: 'c'.repeat(64) };

      expect(verifyLedgerRecords([], { anchor })).toMatchObject({
        ok: true,
        headSequence: 41,
        headHash: anchor.hash,
      });
    });
  });
});

describe('LedgerChainVerifier', () => {
  it('gives the batch answer when fed page by page', () => {
    const records = chainLedgerEntries(randomLedgerEntries(1000, 37));
    records[700] = { ...records[700], payload: 'edited' };

    const verifier = new LedgerChainVerifier();
    for (let offset = 0; offset < records.length; offset += 128) {
      for (const record of records.slice(offset, offset + 128)) {
        verifier.add(record);
      }
    }

    expect(verifier.result()).toEqual(verifyLedgerRecords(records));
    expect(verifier.result().firstBroken).toMatchObject({ sequence: 701 });
  });

  it('says when the caller may stop reading and counts only what it checked', () => {
    const records = chain(41);
    records[1] = { ...records[1], payload: 'edited' };
    const verifier = new LedgerChainVerifier();

    expect(verifier.add(records[0])).toBe(true);
    expect(verifier.add(records[1])).toBe(false);
    expect(verifier.add(records[2])).toBe(false);
    expect(verifier.ok).toBe(false);
    expect(verifier.result()).toMatchObject({
      ok: false,
      records: 2,
      headSequence: 1,
      headHash: records[0].hash,
      firstBroken: { sequence: 2, reason: 'hash-mismatch' },
    });
  });

  it('answers a partial result at any time', () => {
    const records = chain(43);
    const verifier = new LedgerChainVerifier({ expectedHead: headOf(records) });
    records.slice(0, 4).forEach(record => verifier.add(record));

    expect(verifier.result().firstBroken?.reason).toBe('sequence-gap');
    records.slice(4).forEach(record => verifier.add(record));
    expect(verifier.result().ok).toBe(true);
  });
});
