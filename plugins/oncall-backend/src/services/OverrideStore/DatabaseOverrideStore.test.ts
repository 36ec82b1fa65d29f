import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { DatabaseOverrideStore } from './DatabaseOverrideStore';
import type { OverrideDraft } from './OverrideStore';
import { OVERRIDES_TABLE } from './overrideRows';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

async function createStore(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@localplus/plugin-oncall-backend',
      'migrations',
    ),
  });
  return { knex, store: new DatabaseOverrideStore(knex) };
}

const AT = '2026-12-04T12:00:00.000Z';
const ALICE = 'user:default/alice';

function draft(overrides: Partial<OverrideDraft> = {}): OverrideDraft {
  return {
    rotation: 'localplus-weekly',
    role: 'primary',
    start: '2026-12-08T09:00:00.000Z',
    end: '2026-12-09T09:00:00.000Z',
    user: 'user:default/bob',
    replaces: 'user:default/diana',
    reason: 'Diana at a conference',
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseOverrideStore on %s',
  databaseId => {
    it('stores an override, lists it over its span and records the change', async () => {
      const { store } = await createStore(databaseId);
      const [created] = await store.create({
        drafts: [draft()],
        actor: ALICE,
        at: AT,
      });
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        ...draft(),
        createdBy: ALICE,
        createdAt: AT,
      });
      expect(await store.get(created.id)).toEqual(created);

      const inSpan = await store.listActive({
        rotation: 'localplus-weekly',
        from: '2026-12-08T20:00:00.000Z',
        to: '2026-12-08T21:00:00.000Z',
      });
      expect(inSpan).toEqual([created]);
      const before = await store.listActive({
        from: '2026-12-01T00:00:00.000Z',
        to: '2026-12-08T09:00:00.000Z',
      });
      expect(before).toEqual([]);
      const otherRotation = await store.listActive({
        rotation: 'other',
        from: '2026-12-01T00:00:00.000Z',
      });
      expect(otherRotation).toEqual([]);

      const changes = await store.listChanges('localplus-weekly', 10);
      expect(changes).toEqual([
        {
          id: expect.any(String),
          overrideId: created.id,
          rotation: 'localplus-weekly',
          action: 'created',
          actor: ALICE,
          reason: 'Diana at a conference',
          at: AT,
          override: created,
        },
      ]);
    });

    it('refuses an overlapping override of the same role with a conflict, and keeps the first', async () => {
      const { store } = await createStore(databaseId);
      await store.create({ drafts: [draft()], actor: ALICE, at: AT });
      const second = store.create({
        drafts: [
          draft({
            start: '2026-12-08T20:00:00.000Z',
            end: '2026-12-10T09:00:00.000Z',
            user: 'user:default/eve',
          }),
        ],
        actor: ALICE,
        at: AT,
      });
      await expect(second).rejects.toThrow(ConflictError);
      await expect(second).rejects.toThrow(
        /overlaps override .* cancel that one first/,
      );
      const active = await store.listActive({ from: AT });
      expect(active.map(o => o.user)).toEqual(['user:default/bob']);
      expect(await store.listChanges('localplus-weekly', 10)).toHaveLength(1);
    });

    it('accepts back-to-back overrides and the other role over the same span', async () => {
      const { store } = await createStore(databaseId);
      await store.create({ drafts: [draft()], actor: ALICE, at: AT });
      await store.create({
        drafts: [
          draft({
            start: '2026-12-09T09:00:00.000Z',
            end: '2026-12-10T09:00:00.000Z',
          }),
          draft({ role: 'secondary' }),
        ],
        actor: ALICE,
        at: AT,
      });
      expect(await store.listActive({ from: AT })).toHaveLength(3);
    });

    it('lets only one of many concurrent overlapping creations win', async () => {
      const { knex, store } = await createStore(databaseId);
      // Opens the pool's connections first, so that the creations below run
      // side by side, as on several replicas, instead of one after another.
      await Promise.all(
        Array.from({ length: 5 }, () =>
          knex.transaction(tx => new Promise(done => setTimeout(done, 50, tx))),
        ),
      );
      const attempts = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          store.create({
            drafts: [
              draft({
                user: `user:default/person-${i}`,
                start: `2026-12-08T${10 + i}:00:00.000Z`,
              }),
            ],
            actor: ALICE,
            at: AT,
          }),
        ),
      );
      const lost = attempts.filter(
        (a): a is PromiseRejectedResult => a.status === 'rejected',
      );
      expect(lost).toHaveLength(7);
      for (const failure of lost) {
        expect(failure.reason).toBeInstanceOf(ConflictError);
      }
      expect(await store.listActive({ from: AT })).toHaveLength(1);
    });

    it('stores a swap atomically and cancels both halves together', async () => {
      const { store } = await createStore(databaseId);
      const swap = await store.create({
        drafts: [
          draft({ user: 'user:default/eve', replaces: 'user:default/diana' }),
          draft({
            start: '2026-12-15T09:00:00.000Z',
            end: '2026-12-22T09:00:00.000Z',
            user: 'user:default/diana',
            replaces: 'user:default/eve',
          }),
        ],
        swap: true,
        actor: ALICE,
        at: AT,
      });
      expect(swap).toHaveLength(2);
      expect(swap[0].swapId).toBeDefined();
      expect(swap[1].swapId).toBe(swap[0].swapId);

      const cancelled = await store.cancel({
        id: swap[1].id,
        actor: 'user:default/diana',
        reason: 'plans changed',
        at: '2026-12-05T08:00:00.000Z',
      });
      expect(cancelled.map(o => o.id).sort()).toEqual(
        swap.map(o => o.id).sort(),
      );
      expect(cancelled[0]).toMatchObject({
        cancelledAt: '2026-12-05T08:00:00.000Z',
        cancelledBy: 'user:default/diana',
        cancelReason: 'plans changed',
      });
      expect(await store.listActive({ from: AT })).toEqual([]);
      expect(await store.get(swap[0].id)).toMatchObject({
        cancelledBy: 'user:default/diana',
      });

      const changes = await store.listChanges('localplus-weekly', 10);
      expect(changes.map(c => c.action)).toEqual([
        'cancelled',
        'cancelled',
        'created',
        'created',
      ]);
      expect(changes[0].override).toMatchObject({
        cancelledAt: '2026-12-05T08:00:00.000Z',
      });
      expect(await store.listChanges('localplus-weekly', 1)).toHaveLength(1);
    });

    it('rolls a swap back whole when one half overlaps', async () => {
      const { store } = await createStore(databaseId);
      await store.create({
        drafts: [
          draft({
            start: '2026-12-16T09:00:00.000Z',
            end: '2026-12-17T09:00:00.000Z',
          }),
        ],
        actor: ALICE,
        at: AT,
      });
      await expect(
        store.create({
          drafts: [
            draft(),
            draft({
              start: '2026-12-15T09:00:00.000Z',
              end: '2026-12-22T09:00:00.000Z',
            }),
          ],
          swap: true,
          actor: ALICE,
          at: AT,
        }),
      ).rejects.toThrow(ConflictError);
      expect(await store.listActive({ from: AT })).toHaveLength(1);
    });

    it('refuses to cancel twice, and unknown ids', async () => {
      const { store } = await createStore(databaseId);
      const [created] = await store.create({
        drafts: [draft()],
        actor: ALICE,
        at: AT,
      });
      const cancel = () =>
        store.cancel({ id: created.id, actor: ALICE, reason: 'no', at: AT });
      await cancel();
      await expect(cancel()).rejects.toThrow(ConflictError);
      await expect(
        store.cancel({
          id: '00000000-0000-4000-8000-000000000000',
          actor: ALICE,
          reason: 'no',
          at: AT,
        }),
      ).rejects.toThrow(NotFoundError);
      // Ids of other shapes (a provider's) are unknown here, not a database error.
      await expect(
        store.cancel({ id: 'PD-OVR-1', actor: ALICE, reason: 'no', at: AT }),
      ).rejects.toThrow(NotFoundError);
      expect(await store.get("x' OR '1'='1")).toBeUndefined();
      expect(await store.listChanges('localplus-weekly', 10)).toHaveLength(2);
    });

    it.each([
      ['a start after its end', { start: '2026-12-10T09:00:00.000Z' }],
      ['an empty span', { end: '2026-12-08T09:00:00.000Z' }],
      ['an instant with an offset', { start: '2026-12-08T10:00:00+01:00' }],
      ['an impossible date', { start: '2026-02-30T09:00:00.000Z' }],
      ['SQL in an instant', { end: "'; DROP TABLE oncall_overrides; --" }],
      ['an unknown role', { role: 'tertiary' as any }],
    ])('refuses %s and stores nothing', async (_, bad) => {
      const { knex, store } = await createStore(databaseId);
      await expect(
        store.create({ drafts: [draft(bad)], actor: ALICE, at: AT }),
      ).rejects.toThrow(InputError);
      const [{ n }] = await knex(OVERRIDES_TABLE).count({ n: '*' });
      expect(Number(n)).toBe(0);
    });

    it('refuses two overlapping drafts in one request', async () => {
      const { store } = await createStore(databaseId);
      await expect(
        store.create({
          drafts: [draft(), draft({ user: 'user:default/eve' })],
          swap: true,
          actor: ALICE,
          at: AT,
        }),
      ).rejects.toThrow('The overrides of one request overlap each other');
    });
  },
);
