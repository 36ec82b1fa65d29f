import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import {
  auditEvent,
  auditEventsEverySecond,
} from '../../__testUtils__/auditEventFixture';
import { NewAuditEvent } from './AuditTrailStore';
import { AUDIT_TABLE } from './auditRows';
import { parseCursor } from './auditCursor';
import { DatabaseAuditTrailStore } from './DatabaseAuditTrailStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

async function createStore(databaseId: TestDatabaseId, skip = false) {
  const knex = await databases.init(databaseId);
  const database = { getClient: async () => knex, migrations: { skip } };
  const store = await DatabaseAuditTrailStore.create({
    database,
    now: () => new Date('2026-12-04T12:00:00.000Z'),
  });
  return { knex, database, store };
}

/** An event that passes the type checker but not the store's validation. */
const bad = (overrides: Record<string, unknown>) =>
  ({ ...auditEvent(), ...overrides } as unknown as NewAuditEvent);

/** Each bad event, and the field the error must name. */
const badEvents: Array<[string, NewAuditEvent, string]> = [
  ['an instant without a zone', auditEvent({ at: '2026-12-01 10:00' }), 'at'],
  ['an impossible instant', auditEvent({ at: '2026-13-45T00:00:00Z' }), 'at'],
  ['SQL as the instant', auditEvent({ at: "'; DROP TABLE x; --" }), 'at'],
  ['an empty actor', auditEvent({ actor: '' }), 'actor'],
  [
    'an actor over 512 characters',
    auditEvent({ actor: `user:default/${'a'.repeat(500)}` }),
    'actor',
  ],
  [
    'a NUL in the action',
    auditEvent({ action: 'catalog\u0000.delete' }),
    'action',
  ],
  [
    'a line break in the actor',
    auditEvent({ actor: 'user:default/a\nforged' }),
    'actor',
  ],
  ['an unknown outcome', bad({ outcome: 'maybe' }), 'outcome'],
  ['an unknown source', bad({ source: 'user' }), 'source'],
  ['a plugin id with spaces', auditEvent({ pluginId: 'cat alog' }), 'pluginId'],
  [
    'a detail over 1000 characters',
    auditEvent({ detail: 'x'.repeat(1001) }),
    'detail',
  ],
  ['a number as the action', bad({ action: 42 }), 'action'],
  ['an unknown field', bad({ id: 'chosen-by-caller' }), 'id'],
  ['a missing field', bad({ actor: undefined }), 'actor'],
  ['an event that is not an object', null as unknown as NewAuditEvent, 'value'],
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
  'DatabaseAuditTrailStore (%s)',
  databaseId => {
    let knex: Knex;
    let store: DatabaseAuditTrailStore;

    beforeAll(async () => {
      ({ knex, store } = await createStore(databaseId));
    });

    afterEach(async () => {
      await knex?.(AUDIT_TABLE).delete();
    });

    const rowCount = async () => {
      const [{ count }] = await knex(AUDIT_TABLE).count({ count: '*' });
      return Number(count);
    };

    it('stores events and reads them back as they were given, with an id', async () => {
      const full = auditEvent({ at: '2026-12-01T11:30:00.123+01:00' });
      const bare: NewAuditEvent = {
        at: '2026-12-01T10:00:01.000Z',
        actor: 'plugin:scaffolder',
        action: 'task',
        outcome: 'succeeded',
        source: 'auditor',
      };
      const stored = await store.append([full, bare]);
      expect(stored.map(e => e.id)).toEqual([
        expect.stringMatching(/^[0-9a-f-]{36}$/),
        expect.stringMatching(/^[0-9a-f-]{36}$/),
      ]);

      const page = await store.list({ limit: 10 });
      expect(page).toEqual({
        events: [
          { ...full, at: '2026-12-01T10:30:00.123Z', id: stored[0].id },
          { ...bare, id: stored[1].id },
        ],
      });
    });

    it('keeps hostile text as data', async () => {
      const hostile = auditEvent({
        actor: 'user:default/o\'brien"; DROP TABLE access_audit_events; --',
        detail: "multi\nline <script>alert('x')</script> %_\\",
      });
      await store.append([hostile]);
      const { events } = await store.list({ limit: 1, actor: hostile.actor });
      expect(events).toEqual([{ ...hostile, id: expect.any(String) }]);
    });

    it('pages newest first without gaps or repeats, across equal instants', async () => {
      // Pairs of events share an instant, so the cursor needs the id too.
      const events = auditEventsEverySecond(25, undefined, i => ({
        at: new Date(
          Date.parse('2026-12-01T00:00:00Z') + Math.floor(i / 2) * 1000,
        ).toISOString(),
        detail: `event ${i}`,
      }));
      await store.append(events);

      const seen: string[] = [];
      let before: string | undefined;
      let pages = 0;
      do {
        const page = await store.list({
          limit: 4,
          before: before ? parseCursor(before) : undefined,
        });
        seen.push(...page.events.map(e => e.detail!));
        const times = page.events.map(e => e.at);
        expect([...times].sort().reverse()).toEqual(times);
        before = page.nextBefore;
        pages += 1;
      } while (before);

      expect(pages).toBe(7);
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
      expect(seen[0]).toMatch(/^event 24$/);
    });

    it('reads what happened before an instant', async () => {
      await store.append(auditEventsEverySecond(5));
      const { events, nextBefore } = await store.list({
        limit: 10,
        before: { at: '2026-12-01T00:00:03.000Z' },
      });
      expect(events.map(e => e.at)).toEqual([
        '2026-12-01T00:00:02.000Z',
        '2026-12-01T00:00:01.000Z',
        '2026-12-01T00:00:00.000Z',
      ]);
      expect(nextBefore).toBeUndefined();
    });

    it('filters by actor, outcome and action, together', async () => {
      await store.append([
        auditEvent({ actor: 'user:default/ada', outcome: 'denied' }),
        auditEvent({ actor: 'user:default/ada', outcome: 'allowed' }),
        auditEvent({ actor: 'user:default/bob', outcome: 'denied' }),
        auditEvent({
          actor: 'user:default/ada',
          outcome: 'denied',
          action: 'scaffolder.task.create',
        }),
      ]);
      const page = await store.list({
        limit: 10,
        actor: 'user:default/ada',
        outcome: 'denied',
        action: 'catalog.entity.delete',
      });
      expect(page.events).toHaveLength(1);
      expect(page.events[0]).toMatchObject({
        actor: 'user:default/ada',
        outcome: 'denied',
        action: 'catalog.entity.delete',
      });
      expect(
        (await store.list({ limit: 10, actor: 'user:default/nobody' })).events,
      ).toEqual([]);
    });

    it('purges what is older than the cutoff and counts it', async () => {
      await store.append(auditEventsEverySecond(4));
      await expect(
        store.purgeOlderThan(new Date('2026-12-01T00:00:02.000Z')),
      ).resolves.toBe(2);
      const { events } = await store.list({ limit: 10 });
      expect(events.map(e => e.at)).toEqual([
        '2026-12-01T00:00:03.000Z',
        '2026-12-01T00:00:02.000Z',
      ]);
      await expect(
        store.purgeOlderThan(new Date('2026-12-01T00:00:02.000Z')),
      ).resolves.toBe(0);
    });

    it('stores a batch of 500 in one call', async () => {
      await store.append(auditEventsEverySecond(500));
      expect(await rowCount()).toBe(500);
      const page = await store.list({ limit: 500 });
      expect(page.events).toHaveLength(500);
      expect(page.nextBefore).toBeUndefined();
    });

    it.each(badEvents)(
      'refuses %s and writes nothing',
      async (_, event, field) => {
        const batch = [...auditEventsEverySecond(60), event];
        const error = await store.append(batch).catch(e => e);
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toContain('at index 60');
        expect(error.message).toContain(field);
        expect(await rowCount()).toBe(0);
      },
    );

    it('refuses malformed pages and cutoffs', async () => {
      for (const limit of [0, 501, 1.5, NaN]) {
        await expect(store.list({ limit })).rejects.toThrow(InputError);
      }
      await expect(
        store.list({ limit: 1, before: { at: 'yesterday' } }),
      ).rejects.toThrow(InputError);
      await expect(store.purgeOlderThan(new Date('nope'))).rejects.toThrow(
        InputError,
      );
    });

    it('runs its migrations twice without harm', async () => {
      const first = await createStore(databaseId);
      await first.store.append([auditEvent()]);
      const again = await DatabaseAuditTrailStore.create({
        database: first.database,
      });
      expect((await again.list({ limit: 5 })).events).toHaveLength(1);
    });

    it('leaves the schema alone when migrations are skipped', async () => {
      const skipped = await createStore(databaseId, true);
      expect(await skipped.knex.schema.hasTable(AUDIT_TABLE)).toBe(false);
    });
  },
);
