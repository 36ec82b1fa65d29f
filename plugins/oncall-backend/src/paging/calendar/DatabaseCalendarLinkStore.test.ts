import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { ALICE, BOB, migrate, testClock } from '../__testUtils__/pagingHarness';
import {
  CALENDAR_LINKS_TABLE,
  DatabaseCalendarLinkStore,
} from './DatabaseCalendarLinkStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'DatabaseCalendarLinkStore (%s)',
  id => {
    let knex: Knex;
    const clock = testClock('2026-12-01T08:00:00Z');
    let store: DatabaseCalendarLinkStore;

    beforeAll(async () => {
      knex = await migrate(await databases.init(id));
      store = new DatabaseCalendarLinkStore(knex, clock.now);
    });

    afterEach(async () => {
      await knex?.(CALENDAR_LINKS_TABLE).delete();
    });

    it('creates links and lists a person’s own, newest first', async () => {
      const first = await store.create({
        scope: 'person',
        target: ALICE,
        createdBy: ALICE,
      });
      clock.set('2026-12-01T09:00:00Z');
      const second = await store.create({
        scope: 'rotation',
        target: 'localplus-weekly',
        createdBy: ALICE,
      });
      await store.create({ scope: 'person', target: BOB, createdBy: BOB });

      expect(first).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        scope: 'person',
        target: ALICE,
        createdBy: ALICE,
        createdAt: '2026-12-01T08:00:00.000Z',
      });
      expect(await store.listCreatedBy(ALICE)).toEqual([second, first]);
      expect(await store.get(first.id)).toEqual(first);
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBe(
        undefined,
      );
    });

    it('revokes only its creator’s link, and the first revocation stands', async () => {
      const link = await store.create({
        scope: 'person',
        target: ALICE,
        createdBy: ALICE,
      });
      expect(await store.revoke(link.id, BOB, '2026-12-02T00:00:00Z')).toBe(
        undefined,
      );
      expect((await store.get(link.id))?.revokedAt).toBeUndefined();

      const revoked = await store.revoke(
        link.id,
        ALICE,
        '2026-12-02T00:00:00Z',
      );
      expect(revoked?.revokedAt).toBe('2026-12-02T00:00:00.000Z');
      const again = await store.revoke(link.id, ALICE, '2026-12-03T00:00:00Z');
      expect(again?.revokedAt).toBe('2026-12-02T00:00:00.000Z');
    });

    it('has a migration that goes down and up again', async () => {
      const directory = resolvePackagePath(
        '@localplus/plugin-oncall-backend',
        'migrations',
      );
      const name = '20261204000100_pages_and_calendars.js';
      await knex.migrate.down({ directory, name });
      expect(await knex.schema.hasTable(CALENDAR_LINKS_TABLE)).toBe(false);
      expect(await knex.schema.hasTable('oncall_pages')).toBe(false);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable(CALENDAR_LINKS_TABLE)).toBe(true);
    });
  },
);
