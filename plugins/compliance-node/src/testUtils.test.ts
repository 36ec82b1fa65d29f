import { hashLedgerRecord } from './ledger/hashLedgerRecord';
import { verifyLedgerRecords } from './ledger/LedgerChainVerifier';
import {
  buildExportInput,
  chainLedgerEntries,
  randomLedgerEntries,
} from './testUtils';

describe('testUtils', () => {
  describe('buildExportInput', () => {
    const input = buildExportInput({ subjects: 5, runs: 4, controls: 8 });

    it('builds the requested numbers of controls, subjects and runs', () => {
      expect(input.controls).toHaveLength(8);
      expect(new Set(input.controls.map(control => control.id)).size).toBe(8);
      expect(input.runs).toHaveLength(4);
      expect(input.observations).toHaveLength(8 * 5 * 4);
      expect(input.evaluations).toHaveLength(8 * 5 * 4);
    });

    it('records every observation in a ledger that verifies from its anchor', () => {
      const { anchor, records } = input.ledger;

      expect(verifyLedgerRecords(records, { anchor }).ok).toBe(true);
      const bySequence = new Map(
        records.map(record => [record.sequence, record]),
      );
      for (const { sequence, hash, ...observation } of input.observations) {
        const record = bySequence.get(sequence)!;
        expect(record.hash).toBe(hash);
        expect(record.payload).toEqual(observation);
        expect(hashLedgerRecord(record)).toBe(hash);
      }
    });

    it('cites only frameworks and requirements it defines', () => {
      const known = new Set(
        input.frameworks.flatMap(framework =>
          framework.requirements.map(
            requirement => `${framework.id}:${requirement.id}`,
          ),
        ),
      );

      expect(
        input.controls
          .flatMap(control => control.requirements)
          .every(ref => known.has(ref)),
      ).toBe(true);
    });

    it('is the same for the same seed and differs for another', () => {
      expect(buildExportInput({ seed: 7 })).toEqual(
        buildExportInput({ seed: 7 }),
      );
      expect(buildExportInput({ seed: 7 }).observations).not.toEqual(
        buildExportInput({ seed: 8 }).observations,
      );
    });

    it('starts the ledger at the period when it is not anchored', () => {
      const unanchored = buildExportInput({ anchored: false });

      expect(unanchored.ledger.anchor).toBeNull();
      expect(unanchored.ledger.records[0].sequence).toBe(1);
    });
  });

  it('chains random ledger entries from an anchor', () => {
    const first = chainLedgerEntries(randomLedgerEntries(3, 1));
    const next = chainLedgerEntries(randomLedgerEntries(3, 2), first[2]);

    expect(verifyLedgerRecords([...first, ...next]).ok).toBe(true);
    expect(next[0].sequence).toBe(4);
  });
});
