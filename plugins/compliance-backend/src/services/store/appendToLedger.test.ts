import { TestDatabases } from '@backstage/backend-test-utils';
import { verifyLedgerRecords } from '@localplus/plugin-compliance-node';
import knexFactory, { Knex } from 'knex';
import { DatabaseComplianceStore } from './DatabaseComplianceStore';
import { LEDGER_HEAD_TABLE } from './tables';
import { createTestStores, observation } from './__testUtils__/testStores';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

/** Appends of every kind, all started at once. */
async function appendConcurrently(
  store: DatabaseComplianceStore,
  name: string,
) {
  await store.createRun({
    id: name,
    trigger: 'schedule',
    startedAt: '2026-12-05T00:00:00Z',
  });
  await Promise.all(
    Array.from({ length: 25 }, (_, i) =>
      i % 5 === 0
        ? store.createExemption({
            controlId: 'catalog-ownership',
            subject: `component:default/${name}-${i}`,
            justification: 'Concurrency test',
            requestedBy: `user:default/${name}`,
            expiresAt: '2027-01-01T00:00:00Z',
          })
        : store.recordObservations(name, [
            observation({ subject: `${name}-${i}-a` }),
            observation({ subject: `${name}-${i}-b` }),
            observation({ subject: `${name}-${i}-c` }),
          ]),
    ),
  );
}

describe('appendToLedger', () => {
  it('never forks the chain when two replicas append at once (PostgreSQL)', async () => {
    // The machine's PostgreSQL is part of this repository's test setup.
    expect(databases.supports('POSTGRES_15')).toBe(true);
    const { knex, store } = await testStore('POSTGRES_15');
    // A second connection pool on the same database: another replica.
    const replica: Knex = knexFactory(knex.client.config);
    try {
      const other = new DatabaseComplianceStore(replica);
      await Promise.all([
        appendConcurrently(store, 'one'),
        appendConcurrently(other, 'two'),
      ]);

      const ledger = await store.readLedger({ limit: 10_000 });
      // 2 replicas x (20 batches of 3 observations + 5 exemptions)
      expect(ledger).toHaveLength(130);
      expect(ledger.map(r => r.sequence)).toEqual(
        Array.from({ length: 130 }, (_, i) => i + 1),
      );
      expect(verifyLedgerRecords(ledger)).toEqual(
        expect.objectContaining({ ok: true, records: 130, headSequence: 130 }),
      );
      expect(await store.appendedLedgerHead()).toEqual({
        sequence: 130,
        hash: ledger[129].hash,
      });
    } finally {
      await replica.destroy();
    }
  });

  it.each(databases.eachSupportedId())(
    'keeps one chain under concurrent appends from one process on %s',
    async databaseId => {
      const { store } = await testStore(databaseId);
      await appendConcurrently(store, 'solo');
      const ledger = await store.readLedger({ limit: 10_000 });
      expect(ledger).toHaveLength(65);
      expect(verifyLedgerRecords(ledger).ok).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses to append without its head row on %s',
    async databaseId => {
      const { store, knex } = await testStore(databaseId);
      await knex(LEDGER_HEAD_TABLE).delete();
      try {
        await expect(
          store.createExemption({
            controlId: 'c',
            subject: 's',
            justification: 'j',
            requestedBy: 'user:default/x',
            expiresAt: '2027-01-01T00:00:00Z',
          }),
        ).rejects.toThrow('The ledger head row is missing');
        expect(await store.listExemptions({})).toEqual([]);
      } finally {
        await knex(LEDGER_HEAD_TABLE).insert({
          id: 1,
          sequence: 0,
          hash: '0'.repeat(64),
          recorded_at: null,
        });
      }
    },
  );
});
