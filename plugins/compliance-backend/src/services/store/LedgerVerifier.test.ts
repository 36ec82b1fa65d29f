import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  canonicalJson,
  hashLedgerRecord,
} from '@localplus/plugin-compliance-node';
import type { Knex } from 'knex';
import { LedgerVerifier } from './LedgerVerifier';
import { LEDGER_TABLE } from './tables';
import { createTestStores, observation } from './__testUtils__/testStores';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

const VERIFIED_AT = '2026-12-05T12:00:00.000Z';

/** A ledger of `count` observation records, verified three records a page. */
async function ledgerOf(databaseId: TestDatabaseId, count: number) {
  const { store, knex } = await testStore(databaseId);
  await store.createRun({
    id: 'r',
    trigger: 'schedule',
    startedAt: '2026-12-01T00:00:00Z',
  });
  for (let i = 0; i < count; i++) {
    await store.recordObservations('r', [
      observation({ subject: `component:default/svc-${i + 1}` }),
    ]);
  }
  const verifier = new LedgerVerifier({
    store,
    now: () => new Date(VERIFIED_AT),
    pageSize: 3,
  });
  return { store, knex, verifier };
}

async function payloadOf(knex: Knex, sequence: number) {
  const [row] = await knex(LEDGER_TABLE).where('sequence', sequence);
  return JSON.parse(row.payload);
}

describe.each(databases.eachSupportedId())(
  'LedgerVerifier on %s',
  databaseId => {
    it('verifies an empty ledger and a ledger of several pages', async () => {
      const empty = await ledgerOf(databaseId, 0);
      expect(await empty.verifier.verify()).toEqual({
        ok: true,
        records: 0,
        headSequence: 0,
        headHash: '0'.repeat(64),
        verifiedAt: VERIFIED_AT,
      });

      const { verifier, store } = await ledgerOf(databaseId, 10);
      expect(await verifier.verify()).toEqual({
        ok: true,
        records: 10,
        headSequence: 10,
        headHash: (await store.ledgerHead())!.hash,
        verifiedAt: VERIFIED_AT,
      });
    });

    it('names the first record whose payload was updated', async () => {
      const { knex, verifier } = await ledgerOf(databaseId, 10);
      const payload = await payloadOf(knex, 5);
      payload.result = 'fail';
      await knex(LEDGER_TABLE)
        .where('sequence', 5)
        .update({ payload: canonicalJson(payload) });
      await knex(LEDGER_TABLE)
        .where('sequence', 8)
        .update({ payload: 'not json at all' });

      const result = await verifier.verify();
      expect(result.ok).toBe(false);
      expect(result.firstBroken).toEqual({
        sequence: 5,
        reason: 'hash-mismatch',
        message: expect.stringContaining('Record 5 hashes to'),
      });
      expect(result.headSequence).toBe(4);
    });

    it('sees a payload that is no longer JSON', async () => {
      const { knex, verifier } = await ledgerOf(databaseId, 4);
      await knex(LEDGER_TABLE)
        .where('sequence', 3)
        .update({ payload: '{"result":' });
      expect((await verifier.verify()).firstBroken).toEqual(
        expect.objectContaining({ sequence: 3, reason: 'hash-mismatch' }),
      );
    });

    it('sees a record rewritten with a fresh hash: the next one no longer links to it', async () => {
      const { knex, verifier } = await ledgerOf(databaseId, 6);
      const [row] = await knex(LEDGER_TABLE).where('sequence', 4);
      const payload = { ...JSON.parse(row.payload), summary: 'Nothing to see' };
      const hash = hashLedgerRecord({
        sequence: 4,
        recordedAt: row.recorded_at,
        kind: row.kind,
        payload,
        previousHash: row.previous_hash,
      });
      await knex(LEDGER_TABLE)
        .where('sequence', 4)
        .update({ payload: canonicalJson(payload), hash });
      expect((await verifier.verify()).firstBroken).toEqual(
        expect.objectContaining({
          sequence: 5,
          reason: 'previous-hash-mismatch',
        }),
      );
    });

    it('names the record after a deleted row', async () => {
      const { knex, verifier } = await ledgerOf(databaseId, 10);
      await knex(LEDGER_TABLE).where('sequence', 6).delete();
      const result = await verifier.verify();
      expect(result.firstBroken).toEqual({
        sequence: 7,
        reason: 'sequence-gap',
        message: expect.stringContaining('record 6 was expected'),
      });
    });

    it('sees rows deleted from the end, which leave a valid but shorter chain', async () => {
      const { knex, verifier } = await ledgerOf(databaseId, 10);
      await knex(LEDGER_TABLE).where('sequence', '>', 8).delete();
      const result = await verifier.verify();
      expect(result.firstBroken).toEqual({
        sequence: 9,
        reason: 'sequence-gap',
        message: expect.stringContaining('records 9 to 10 are missing'),
      });
    });

    it('names the first of two rows whose sequences were swapped', async () => {
      const { knex, verifier } = await ledgerOf(databaseId, 10);
      // Through a free number, as the primary key allows.
      await knex(LEDGER_TABLE).where('sequence', 3).update({ sequence: -1 });
      await knex(LEDGER_TABLE).where('sequence', 7).update({ sequence: 3 });
      await knex(LEDGER_TABLE).where('sequence', -1).update({ sequence: 7 });
      const result = await verifier.verify();
      expect(result.firstBroken).toEqual(
        expect.objectContaining({
          sequence: 3,
          reason: 'previous-hash-mismatch',
        }),
      );
      expect(result.headSequence).toBe(2);
    });

    it('stops when asked to', async () => {
      const { verifier } = await ledgerOf(databaseId, 4);
      const controller = new AbortController();
      controller.abort(new Error('client went away'));
      await expect(
        verifier.verify({ signal: controller.signal }),
      ).rejects.toThrow('client went away');
    });
  },
);
