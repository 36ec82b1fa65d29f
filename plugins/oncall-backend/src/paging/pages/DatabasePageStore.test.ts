import { TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import { migrate, testClock } from '../__testUtils__/pagingHarness';
import { DatabasePageStore } from './DatabasePageStore';
import type { PageRecord } from './PageStore';
import { PAGES_TABLE } from './pageRows';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const FIRED = '2026-12-02T14:03:27.123Z';

function record(overrides: Partial<PageRecord> = {}): PageRecord {
  return {
    fingerprint: 'a1b2c3d4e5f60718',
    firedAt: FIRED,
    alertName: 'SloErrorBudgetBurn',
    summary: 'svc-ledger burns its budget',
    entityRef: 'component:default/svc-ledger',
    severity: 'P2',
    rotation: 'localplus-weekly',
    primary: 'user:default/alice',
    secondary: 'user:default/bob',
    acknowledgeTargetMinutes: 15,
    labels: { alertname: 'SloErrorBudgetBurn', service: 'svc-ledger' },
    ...overrides,
  };
}

it('runs against the machine PostgreSQL too', () => {
  expect(databases.supports('POSTGRES_15')).toBe(true);
});

describe.each(databases.eachSupportedId())('DatabasePageStore (%s)', id => {
  let knex: Knex;
  const clock = testClock('2026-12-02T14:10:00Z');
  let store: DatabasePageStore;

  beforeAll(async () => {
    knex = await migrate(await databases.init(id));
    store = new DatabasePageStore(knex, clock.now);
  });

  afterEach(async () => {
    await knex?.(PAGES_TABLE).delete();
    clock.set('2026-12-02T14:10:00Z');
  });

  const count = async () =>
    Number((await knex(PAGES_TABLE).count({ n: '*' }))[0].n);

  it('records a page once per fingerprint and startsAt, refreshing its text', async () => {
    const first = await store.record(record());
    expect(first.created).toBe(true);
    expect(first.page).toMatchObject({
      fingerprint: 'a1b2c3d4e5f60718',
      firedAt: FIRED,
      primary: 'user:default/alice',
      escalationStep: 0,
      notified: [],
      labels: { alertname: 'SloErrorBudgetBurn', service: 'svc-ledger' },
    });

    const again = await store.record(
      record({ summary: 'updated', primary: 'user:default/eve' }),
    );
    expect(again).toEqual({
      created: false,
      page: { ...first.page, summary: 'updated' },
    });
    // Another firing of the same alert is another page.
    const later = await store.record(
      record({ firedAt: '2026-12-03T00:00:00Z' }),
    );
    expect(later.created).toBe(true);
    expect(await count()).toBe(2);
  });

  it('keeps one page when two deliveries race', async () => {
    const results = await Promise.all([
      store.record(record()),
      store.record(record()),
    ]);
    expect(results.filter(r => r.created)).toHaveLength(1);
    expect(results[0].page.id).toBe(results[1].page.id);
    expect(await count()).toBe(1);
  });

  it('resolves once: the first resolution stands', async () => {
    await store.record(record());
    const resolved = await store.resolve(
      'a1b2c3d4e5f60718',
      '2026-12-02T15:03:27.123+01:00',
      '2026-12-02T15:00:00Z',
    );
    expect(resolved?.resolvedAt).toBe('2026-12-02T15:00:00.000Z');
    const repeated = await store.resolve(
      'a1b2c3d4e5f60718',
      FIRED,
      '2026-12-02T16:00:00Z',
    );
    expect(repeated?.resolvedAt).toBe('2026-12-02T15:00:00.000Z');
    expect(await store.resolve('ffff', FIRED, FIRED)).toBeUndefined();
  });

  it('acknowledges once, then answers a conflict', async () => {
    const { page } = await store.record(record());
    const acknowledged = await store.acknowledge(
      page.id,
      'user:default/alice',
      '2026-12-02T14:10:00Z',
    );
    expect(acknowledged).toMatchObject({
      acknowledgedBy: 'user:default/alice',
      acknowledgedAt: '2026-12-02T14:10:00.000Z',
      metTarget: true,
    });
    await expect(
      store.acknowledge(page.id, 'user:default/bob', '2026-12-02T14:11:00Z'),
    ).rejects.toThrow(ConflictError);
    expect((await store.get(page.id))?.acknowledgedBy).toBe(
      'user:default/alice',
    );
    await expect(
      store.acknowledge(
        '00000000-0000-4000-8000-000000000000',
        'user:default/bob',
        FIRED,
      ),
    ).rejects.toThrow(NotFoundError);
  });

  it('tells whether the acknowledge target was met', async () => {
    const { page } = await store.record(record());
    expect(page.metTarget).toBeUndefined();
    clock.set('2026-12-02T14:20:00Z');
    expect((await store.get(page.id))?.metTarget).toBe(false);
    const late = await store.acknowledge(
      page.id,
      'user:default/bob',
      '2026-12-02T14:20:00Z',
    );
    expect(late.metTarget).toBe(false);
    const untargeted = await store.record(
      record({ fingerprint: 'b2', acknowledgeTargetMinutes: undefined }),
    );
    expect(untargeted.page.metTarget).toBeUndefined();
  });

  it('lists newest first, filtered', async () => {
    const at = (h: number) => `2026-12-0${h}T10:00:00.000Z`;
    await store.record(record({ fingerprint: 'a', firedAt: at(1) }));
    await store.record(
      record({
        fingerprint: 'b',
        firedAt: at(2),
        entityRef: 'component:default/svc-wallet',
      }),
    );
    await store.record(
      record({
        fingerprint: 'c',
        firedAt: at(3),
        rotation: undefined,
        resolvedAt: at(4),
      }),
    );
    const { page: d } = await store.record(
      record({ fingerprint: 'd', firedAt: at(4), resolvedAt: at(5) }),
    );
    await store.acknowledge(d.id, 'user:default/alice', at(4));
    const prints = (pages: Array<{ fingerprint: string }>) =>
      pages.map(p => p.fingerprint);

    expect(prints(await store.list({}))).toEqual(['d', 'c', 'b', 'a']);
    expect(prints(await store.list({ status: 'open' }))).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(
      prints(await store.list({ entityRef: 'component:default/svc-wallet' })),
    ).toEqual(['b']);
    expect(prints(await store.list({ rotation: 'localplus-weekly' }))).toEqual([
      'd',
      'b',
      'a',
    ]);
    expect(prints(await store.list({ from: at(2), to: at(4) }))).toEqual([
      'c',
      'b',
    ]);
    expect(prints(await store.list({ limit: 1 }))).toEqual(['d']);
    expect(prints(await store.listEscalating())).toEqual(['a', 'b']);
  });

  it('keeps hostile text as data', async () => {
    const hostile = `'); DROP TABLE ${PAGES_TABLE}; --`;
    const { page } = await store.record(
      record({ summary: hostile, labels: { service: hostile, '"k"': 'v' } }),
    );
    expect(await store.get(page.id)).toMatchObject({
      summary: hostile,
      labels: { service: hostile, '"k"': 'v' },
    });
    expect(await store.list({ entityRef: hostile })).toEqual([]);
  });

  it('records an escalation step for only one of two concurrent callers', async () => {
    const { page } = await store.record(record());
    const step = (who: string) => [
      { step: 0, people: [who], at: '2026-12-02T14:03:30.000Z' },
    ];
    const outcomes = await Promise.all([
      store.recordEscalation(page.id, -1, step('user:default/alice')),
      store.recordEscalation(page.id, -1, step('user:default/alice')),
    ]);
    expect(outcomes.sort()).toEqual([false, true]);
    const after = await store.get(page.id);
    expect(after?.notified).toEqual(step('user:default/alice'));

    // A stale expectation loses; the next step from the right one wins.
    expect(await store.recordEscalation(page.id, -1, step('x'))).toBe(false);
    const next = [
      { step: 1, people: ['user:default/bob'], at: '2026-12-02T14:19:00.000Z' },
    ];
    expect(await store.recordEscalation(page.id, 0, next)).toBe(true);
    expect((await store.get(page.id))?.escalationStep).toBe(1);
    expect((await store.get(page.id))?.notified).toHaveLength(2);
  });

  it('records no escalation once the page is acknowledged', async () => {
    const { page } = await store.record(record());
    await store.acknowledge(page.id, 'user:default/alice', FIRED);
    expect(
      await store.recordEscalation(page.id, -1, [
        { step: 0, people: ['user:default/alice'], at: FIRED },
      ]),
    ).toBe(false);
    expect(await store.listEscalating()).toEqual([]);
  });
});
