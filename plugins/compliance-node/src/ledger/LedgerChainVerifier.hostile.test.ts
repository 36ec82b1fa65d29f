import type { LedgerRecord } from '@localplus/plugin-compliance-common';
import {
  chainLedgerEntries,
  randomLedgerEntries,
} from '../__testUtils__/ledgerChain';
import { GENESIS_HASH } from './hashLedgerRecord';
import {
  LedgerChainVerifier,
  verifyLedgerRecords,
} from './LedgerChainVerifier';

function chain(seed: number): LedgerRecord[] {
  return chainLedgerEntries(randomLedgerEntries(12, seed));
}

describe('verifyLedgerRecords on hostile rows', () => {
  describe('a malformed row', () => {
    it.each([
      ['not an object', 'row', 'it is not an object'],
      ['null', null, 'it is not an object'],
      [
        'a string sequence',
        { sequence: '3' },
        'sequence must be a positive integer, not string "3"',
      ],
      [
        'a fractional sequence',
        { sequence: 2.5 },
        'sequence must be a positive integer',
      ],
      [
        'an unsafe sequence',
        { sequence: 2 ** 60 },
        'sequence must be a positive integer',
      ],
      [
        'no recordedAt',
        { recordedAt: undefined },
        'recordedAt must be a non-empty string, not nothing',
      ],
      [
        'a Date recordedAt',
        { recordedAt: new Date() },
        'recordedAt must be a non-empty string, not an object',
      ],
      [
        'an unknown kind',
        { kind: 'note' },
        'kind must be one of observation, exemption, run',
      ],
      ['no payload', { payload: undefined }, 'it has no payload'],
      [
        'an upper-case hash',
        { hash: 'A'.repeat(64) },
        'hash must be 64 lower-case hex digits',
      ],
      [
        'a short previous hash',
        { previousHash: 'abc' },
        'previousHash must be 64 lower-case hex digits',
      ],
      [
        'a payload with a Date',
        { payload: { at: new Date(0) } },
        'cannot be hashed: $.payload.at is a Date',
      ],
      [
        'a payload with NaN',
        { payload: { n: NaN } },
        'cannot be hashed: $.payload.n is NaN',
      ],
    ])('is reported when it has %s', (_name, change, message) => {
      const records: unknown[] = chain(29);
      records[2] =
        typeof change === 'object' && change !== null
          ? { ...(records[2] as object), ...change }
          : change;

      const result = verifyLedgerRecords(records);

      expect(result.firstBroken?.reason).toBe('malformed');
      expect(result.firstBroken?.sequence).toBe(3);
      expect(result.firstBroken?.message).toContain(message);
      expect(result.headSequence).toBe(2);
    });
  });

  describe('an invalid anchor or head', () => {
    it.each([
      ['a negative sequence', { sequence: -1, hash: GENESIS_HASH }],
      ['a short hash', { sequence: 1, hash: 'abc' }],
      ['a string sequence', { sequence: '1', hash: GENESIS_HASH }],
    ])('refuses an anchor with %s', (_name, anchor) => {
      expect(() =>
        verifyLedgerRecords([], { anchor: anchor as never }),
      ).toThrow('anchor must be { sequence: a non-negative integer');
      expect(
        () => new LedgerChainVerifier({ expectedHead: anchor as never }),
      ).toThrow('expectedHead must be');
    });
  });
});
