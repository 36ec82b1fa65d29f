import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { onCallAt } from '@localplus/plugin-oncall-common';
import type { Knex } from 'knex';
import {
  createFakeRotationService,
  localplusWeekly,
} from '../__testUtils__/fakeRotationService';
import { ALICE, migrate } from '../__testUtils__/pagingHarness';
import { DatabasePageStore } from '../pages/DatabasePageStore';
import type { PageRecord } from '../pages/PageStore';
import { PAGES_TABLE } from '../pages/pageRows';
import { PageEscalator } from './PageEscalator';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const FIRED = '2026-12-02T14:00:00.000Z';
const minutesAfter = (minutes: number) =>
  new Date(Date.parse(FIRED) + minutes * 60_000);

const firing: PageRecord = {
  fingerprint: 'a1b2c3d4e5f60718',
  firedAt: FIRED,
  alertName: 'SloErrorBudgetBurn',
  summary: 'svc-ledger burns its budget',
  entityRef: 'component:default/svc-ledger',
  severity: 'P2',
  rotation: 'localplus-weekly',
  labels: {},
};

describe.each(databases.eachSupportedId())('PageEscalator (%s)', id => {
  let knex: Knex;
  let store: DatabasePageStore;
  const logger = mockServices.logger.mock();
  const escalatorFor = (rotations = createFakeRotationService()) =>
    new PageEscalator({ store, rotations, logger });

  beforeAll(async () => {
    knex = await migrate(await databases.init(id));
    // The store's clock an hour after the pages fire, whatever the date.
    store = new DatabasePageStore(knex, () => minutesAfter(60));
  });

  afterEach(async () => {
    await knex?.(PAGES_TABLE).delete();
  });

  const holders = (at: Date) =>
    onCallAt(localplusWeekly(), [], at.toISOString());

  it('walks the seeds’ policy: primary, secondary after 15 minutes, then tech leads and management', async () => {
    const { page } = await store.record(firing);
    const escalator = escalatorFor();

    expect(await escalator.escalateAll(minutesAfter(1))).toEqual({
      escalated: 1,
    });
    expect(await escalator.escalateAll(minutesAfter(14))).toEqual({
      escalated: 0,
    });
    await escalator.escalateAll(minutesAfter(16));
    // A run that comes late records every step that came due meanwhile.
    await escalator.escalateAll(minutesAfter(75));

    const { notified, escalationStep } = (await store.get(page.id))!;
    expect(escalationStep).toBe(3);
    expect(notified).toEqual([
      {
        step: 0,
        people: [holders(minutesAfter(1)).primary!.user],
        at: minutesAfter(1).toISOString(),
      },
      {
        step: 1,
        people: [holders(minutesAfter(16)).secondary!.user],
        at: minutesAfter(16).toISOString(),
      },
      {
        step: 2,
        people: ['user:default/sofia-benali', 'user:default/marc-lefevre'],
        at: minutesAfter(75).toISOString(),
      },
      {
        step: 3,
        people: ['user:default/marc-lefevre'],
        at: minutesAfter(75).toISOString(),
      },
    ]);
    expect(notified[1].people).toEqual(['user:default/diana']);
  });

  it('notifies once when two replicas run at the same time', async () => {
    const { page } = await store.record(firing);
    const results = await Promise.all([
      escalatorFor().escalateAll(minutesAfter(16)),
      escalatorFor().escalateAll(minutesAfter(16)),
    ]);
    expect(results.map(r => r.escalated).sort()).toEqual([0, 1]);
    const { notified } = (await store.get(page.id))!;
    expect(notified.map(n => n.step)).toEqual([0, 1]);
  });

  it('stops at acknowledgement and resolution', async () => {
    const acked = (await store.record(firing)).page;
    const resolved = (
      await store.record({ ...firing, fingerprint: 'bb', resolvedAt: FIRED })
    ).page;
    await store.acknowledge(acked.id, ALICE, minutesAfter(2).toISOString());

    expect(await escalatorFor().escalateAll(minutesAfter(90))).toEqual({
      escalated: 0,
    });
    expect((await store.get(acked.id))!.notified).toEqual([]);
    expect(await escalatorFor().escalate(resolved, minutesAfter(90))).toBe(
      false,
    );
  });

  it('leaves pages of a rotation no longer read, and goes on with the others', async () => {
    const orphan = (
      await store.record({ ...firing, fingerprint: 'cc', rotation: 'gone' })
    ).page;
    const { page } = await store.record(firing);
    expect(await escalatorFor().escalateAll(minutesAfter(1))).toEqual({
      escalated: 1,
    });
    expect((await store.get(orphan.id))!.notified).toEqual([]);
    expect((await store.get(page.id))!.notified).toHaveLength(1);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('gone'));
  });

  it('gives a rotation to a page that arrived before any answered for it, then escalates it', async () => {
    const { page } = await store.record({ ...firing, rotation: undefined });
    expect(page.rotation).toBeUndefined();
    await escalatorFor().escalateAll(minutesAfter(16));
    const attributed = (await store.get(page.id))!;
    const atFiring = holders(new Date(FIRED));
    expect(attributed).toMatchObject({
      rotation: 'localplus-weekly',
      primary: atFiring.primary!.user,
      secondary: atFiring.secondary!.user,
      acknowledgeTargetMinutes: 15,
    });
    expect(attributed.notified.map(n => n.step)).toEqual([0, 1]);
    // Attributed once: a second run finds nothing left to attribute.
    expect(await store.listUnattributed()).toEqual([]);
  });

  it('gives a rotation to a page acknowledged before any answered for it, without escalating it', async () => {
    const { page } = await store.record({ ...firing, rotation: undefined });
    await store.acknowledge(page.id, ALICE, minutesAfter(2).toISOString());
    await escalatorFor().escalateAll(minutesAfter(20));
    const attributed = (await store.get(page.id))!;
    expect(attributed.rotation).toBe('localplus-weekly');
    expect(attributed.primary).toBe(holders(new Date(FIRED)).primary!.user);
    expect(attributed.notified).toEqual([]);
  });

  it('goes on when one page’s rotation fails', async () => {
    const { page } = await store.record(firing);
    const rotations = createFakeRotationService();
    rotations.onCallAt = async () => {
      throw new Error('catalog unreachable');
    };
    expect(await escalatorFor(rotations).escalateAll(minutesAfter(1))).toEqual({
      escalated: 0,
    });
    expect((await store.get(page.id))!.notified).toEqual([]);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('catalog unreachable'),
    );
  });
});
