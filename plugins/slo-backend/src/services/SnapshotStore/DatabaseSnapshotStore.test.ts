import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { budgetSnapshot } from '../../__testUtils__/budgetSnapshotFixture';
import { DatabaseSnapshotStore } from './DatabaseSnapshotStore';
import { BudgetSnapshot } from './SnapshotStore';
import { SNAPSHOTS_TABLE } from './snapshotRows';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

async function createStore(databaseId: TestDatabaseId, skip = false) {
  const knex = await databases.init(databaseId);
  const database = { getClient: async () => knex, migrations: { skip } };
  const store = await DatabaseSnapshotStore.create({ database });
  return { knex, database, store };
}

/** A row that passes the type checker but not the store's validation. */
function badRow(overrides: Record<string, unknown>): BudgetSnapshot {
  return { ...budgetSnapshot(), ...overrides } as unknown as BudgetSnapshot;
}

/** A valid row with a bad day but a good takenAt, so only the day is at fault. */
const onDay = (day: string) =>
  budgetSnapshot({ day, takenAt: '2026-11-20T23:55:00.000Z' });

/** Each bad row, and the field the error must name. */
const badRows: Array<[string, BudgetSnapshot, string]> = [
  [
    'a key over 512 characters',
    budgetSnapshot({ entityRef: `component:default/${'a'.repeat(490)}` }),
    'key',
  ],
  ['an impossible day', onDay('2026-13-45'), 'day'],
  ['a 30th of February', onDay('2026-02-30'), 'day'],
  ['SQL in the day', onDay(`'; DROP TABLE ${SNAPSHOTS_TABLE}; --`), 'day'],
  ['a NaN measurement', budgetSnapshot({ sli: NaN }), 'sli'],
  [
    'an infinite measurement',
    budgetSnapshot({ remainingSeconds: Infinity }),
    'remainingSeconds',
  ],
  [
    'a number as a string',
    badRow({ consumedFraction: '0.5' }),
    'consumedFraction',
  ],
  ['an unknown state', badRow({ state: 'panic' }), 'state'],
  ['a target of 1.5', budgetSnapshot({ target: 1.5 }), 'target'],
  [
    'a negative objective index',
    budgetSnapshot({ objectiveIndex: -1 }),
    'objectiveIndex',
  ],
  [
    'a key that does not match its parts',
    budgetSnapshot({ key: 'x#y#0' }),
    'key',
  ],
  [
    'a NUL in the SLO name',
    budgetSnapshot({ sloName: 'wallet\u0000' }),
    'sloName',
  ],
  [
    'a takenAt without a zone',
    budgetSnapshot({ takenAt: '2026-11-20 10:00' }),
    'takenAt',
  ],
  [
    'a window that is not a duration',
    budgetSnapshot({ windowDuration: '' }),
    'windowDuration',
  ],
  ['a missing field', badRow({ target: undefined }), 'target'],
  ['an unknown field', badRow({ extra: 1 }), 'extra'],
  ['a row that is not an object', null as unknown as BudgetSnapshot, 'object'],
];

describe('TestDatabases', () => {
  it('include the machine PostgreSQL', () => {
    expect(
      process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING,
    ).toBeDefined();
    expect(databases.supports('POSTGRES_15')).toBe(true);
  });
});

describe.each(databases.eachSupportedId())(
  'DatabaseSnapshotStore (%s)',
  databaseId => {
    let knex: Knex;
    let store: DatabaseSnapshotStore;

    beforeAll(async () => {
      ({ knex, store } = await createStore(databaseId));
    });

    afterEach(async () => {
      // Absent when beforeAll failed; its own error is the one worth reading.
      await knex?.(SNAPSHOTS_TABLE).delete();
    });

    const rowCount = async () => {
      const [{ count }] = await knex(SNAPSHOTS_TABLE).count({ count: '*' });
      return Number(count);
    };

    it('saves snapshots and reads them back as they were given', async () => {
      const full = budgetSnapshot({ takenAt: '2026-11-21T01:30:00+02:00' });
      const empty = budgetSnapshot({
        sloName: 'wallet-latency',
        sli: null,
        consumedFraction: null,
        remainingFraction: null,
        remainingSeconds: null,
        state: null,
      });
      await store.saveSnapshots([full, empty]);

      const latest = await store.latestSnapshots([full.key, empty.key]);
      expect(latest.get(full.key)).toEqual({
        ...full,
        takenAt: '2026-11-20T23:30:00.000Z',
      });
      expect(latest.get(empty.key)).toEqual(empty);
      expect(typeof latest.get(full.key)?.sli).toBe('number');
      expect(typeof latest.get(full.key)?.objectiveIndex).toBe('number');
    });

    it('keeps hostile text as data', async () => {
      const row = budgetSnapshot({
        entityRef: 'component:default/o\'brien"; DROP TABLE x; --',
      });
      await store.saveSnapshots([row]);
      expect(await store.history(row.key)).toEqual([row]);
    });

    it('replaces the snapshot of the same objective and day', async () => {
      await store.saveSnapshots([budgetSnapshot()]);
      const later = budgetSnapshot({
        takenAt: '2026-11-20T23:59:00.000Z',
        consumedFraction: 0.8,
        remainingFraction: 0.2,
        remainingSeconds: 518.4,
        state: 'freeze',
      });
      await store.saveSnapshots([later]);
      expect(await store.history(later.key)).toEqual([later]);
    });

    it('keeps the last of duplicate rows within one batch', async () => {
      const first = budgetSnapshot({ consumedFraction: 0.1 });
      const last = budgetSnapshot({ consumedFraction: 0.2 });
      await store.saveSnapshots([first, last]);
      expect(await store.history(last.key)).toEqual([last]);
    });

    it('finds the newest day of each objective', async () => {
      const a = (day: string) => budgetSnapshot({ day });
      const b = (day: string) => budgetSnapshot({ objectiveIndex: 1, day });
      await store.saveSnapshots([
        a('2026-11-19'),
        a('2026-11-21'),
        a('2026-11-20'),
        b('2026-10-31'),
        b('2026-09-30'),
      ]);

      const latest = await store.latestSnapshots([
        a('x').key,
        b('x').key,
        'component:default/unknown#none#0',
      ]);
      expect([...latest.entries()].map(([k, s]) => [k, s.day])).toEqual(
        expect.arrayContaining([
          [a('x').key, '2026-11-21'],
          [b('x').key, '2026-10-31'],
        ]),
      );
      expect(latest.size).toBe(2);
      expect(await store.latestSnapshots([])).toEqual(new Map());
    });

    it('returns history oldest first, from sinceDay on', async () => {
      const days = ['2026-11-03', '2026-10-30', '2026-11-01', '2026-11-02'];
      await store.saveSnapshots(days.map(day => budgetSnapshot({ day })));
      await store.saveSnapshots([budgetSnapshot({ objectiveIndex: 2 })]);
      const key = budgetSnapshot().key;

      expect((await store.history(key)).map(s => s.day)).toEqual([
        '2026-10-30',
        '2026-11-01',
        '2026-11-02',
        '2026-11-03',
      ]);
      expect(
        (await store.history(key, { sinceDay: '2026-11-02' })).map(s => s.day),
      ).toEqual(['2026-11-02', '2026-11-03']);
      expect(await store.history('component:default/unknown#x#0')).toEqual([]);
    });

    it('prunes the days before the cutoff and counts them', async () => {
      const days = ['2025-10-01', '2025-10-20', '2025-10-21', '2026-11-20'];
      await store.saveSnapshots(days.map(day => budgetSnapshot({ day })));

      await expect(store.pruneOlderThan('2025-10-21')).resolves.toBe(2);
      expect(
        (await store.history(budgetSnapshot().key)).map(s => s.day),
      ).toEqual(['2025-10-21', '2026-11-20']);
      await expect(store.pruneOlderThan('2025-10-21')).resolves.toBe(0);
    });

    it('saves a batch of 500 rows and replaces them all', async () => {
      const batch = (consumedFraction: number) =>
        Array.from({ length: 500 }, (_, i) =>
          budgetSnapshot({
            objectiveIndex: i % 100,
            day: `2026-11-${String(1 + Math.floor(i / 100)).padStart(2, '0')}`,
            consumedFraction,
          }),
        );
      await store.saveSnapshots(batch(0.1));
      await store.saveSnapshots(batch(0.3));

      expect(await rowCount()).toBe(500);
      const values = await knex(SNAPSHOTS_TABLE).distinct('consumed_fraction');
      expect(values.map(v => Number(v.consumed_fraction))).toEqual([0.3]);
    });

    it('looks up the latest snapshots of 1000 objectives at once', async () => {
      const rows = Array.from({ length: 1000 }, (_, i) =>
        budgetSnapshot({ sloName: `slo-${i}`, remainingSeconds: i }),
      );
      await store.saveSnapshots(rows);
      const keys = [...rows.map(r => r.key), 'component:default/none#x#0'];

      const latest = await store.latestSnapshots(keys);
      expect(latest.size).toBe(1000);
      expect(latest.get(rows[999].key)?.remainingSeconds).toBe(999);
    });

    it.each(badRows)('rejects %s and writes nothing', async (_, bad, field) => {
      const existing = budgetSnapshot({ objectiveIndex: 7 });
      await store.saveSnapshots([existing]);
      const batch = [
        budgetSnapshot({ objectiveIndex: 7, consumedFraction: 0.99 }),
        ...Array.from({ length: 60 }, (__, i) =>
          budgetSnapshot({ sloName: `s${i}` }),
        ),
        bad,
      ];

      const error = await store.saveSnapshots(batch).catch(e => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain('at index 61');
      expect(error.message).toContain(field);
      expect(await rowCount()).toBe(1);
      expect(await store.history(existing.key)).toEqual([existing]);
    });

    it('rejects malformed reads and prunes', async () => {
      await store.saveSnapshots([budgetSnapshot()]);
      const sql = `'; DROP TABLE ${SNAPSHOTS_TABLE}; --`;

      await expect(store.pruneOlderThan(sql)).rejects.toThrow(InputError);
      await expect(store.pruneOlderThan('2026-13-45')).rejects.toThrow(
        InputError,
      );
      await expect(
        store.history(budgetSnapshot().key, { sinceDay: sql }),
      ).rejects.toThrow(InputError);
      await expect(store.history('x'.repeat(513))).rejects.toThrow(InputError);
      await expect(
        store.latestSnapshots([budgetSnapshot().key, 'x'.repeat(513)]),
      ).rejects.toThrow(InputError);
      expect(await rowCount()).toBe(1);
    });

    it('runs its migrations twice without harm', async () => {
      const first = await createStore(databaseId);
      await first.store.saveSnapshots([budgetSnapshot()]);

      const again = await DatabaseSnapshotStore.create({
        database: first.database,
      });
      expect(await again.history(budgetSnapshot().key)).toEqual([
        budgetSnapshot(),
      ]);
    });

    it('leaves the schema alone when migrations are skipped', async () => {
      const skipped = await createStore(databaseId, true);
      expect(await skipped.knex.schema.hasTable(SNAPSHOTS_TABLE)).toBe(false);

      const optedOut = await databases.init(databaseId);
      await DatabaseSnapshotStore.create({
        database: { getClient: async () => optedOut },
        skipMigrations: true,
      });
      expect(await optedOut.schema.hasTable(SNAPSHOTS_TABLE)).toBe(false);
    });
  },
);
