import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import request from 'supertest';
import { alert, notification } from '../__testUtils__/alertmanagerPayloads';
import {
  ALICE,
  asUser,
  BOB,
  createPagingHarness,
  migrate,
  testClock,
  WEBHOOK_SECRET,
} from '../__testUtils__/pagingHarness';
import { PAGES_TABLE } from '../pages/pageRows';
import { WEBHOOK_PATH } from './webhookRoute';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('the page routes', () => {
  let knex: Knex;
  const clock = testClock('2026-12-02T14:04:00Z');

  beforeAll(async () => {
    knex = await migrate(await databases.init('SQLITE_3'));
  });

  afterEach(async () => {
    await knex(PAGES_TABLE).delete();
    clock.set('2026-12-02T14:04:00Z');
  });

  /** A harness with one page recorded from the webhook. */
  async function withPage(options: { allow?: string[] } = {}) {
    const permissions = options.allow
      ? mockServices.permissions.mock({
          authorize: async requests =>
            requests.map(({ permission }) => ({
              result: options.allow!.includes(permission.name)
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
            })),
        })
      : undefined;
    const harness = createPagingHarness({
      knex,
      clock: clock.now,
      permissions,
    });
    await request(harness.app)
      .post(WEBHOOK_PATH)
      .set('Authorization', `Bearer ${WEBHOOK_SECRET}`)
      .send(notification([alert()]))
      .expect(200);
    const [{ id }] = await knex(PAGES_TABLE).select('id');
    const acknowledge = (pageId: string, who = ALICE) =>
      request(harness.app)
        .post(`/pages/${pageId}/acknowledge`)
        .set('Authorization', asUser(who));
    return { ...harness, id: id as string, acknowledge };
  }

  it('answers 401 without credentials', async () => {
    const { app, id } = await withPage();
    expect((await request(app).get('/pages')).status).toBe(401);
    expect((await request(app).post(`/pages/${id}/acknowledge`)).status).toBe(
      401,
    );
  });

  it('answers 403 when the policy denies, and changes nothing', async () => {
    const { app, id, acknowledge } = await withPage({ allow: [] });
    const list = await request(app)
      .get('/pages')
      .set('Authorization', asUser(ALICE));
    expect(list.status).toBe(403);
    expect((await acknowledge(id)).status).toBe(403);
    expect((await knex(PAGES_TABLE).first()).acknowledged_at).toBeNull();
  });

  it('lets a reader list but not acknowledge', async () => {
    const { app, id, acknowledge } = await withPage({
      allow: ['oncall.schedule.read'],
    });
    const list = await request(app)
      .get('/pages?status=open&rotation=localplus-weekly')
      .set('Authorization', asUser(ALICE));
    expect(list.status).toBe(200);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await acknowledge(id)).status).toBe(403);
  });

  it('filters the list and refuses bad filters with 400', async () => {
    const { app } = await withPage();
    const get = (query: string) =>
      request(app).get(`/pages${query}`).set('Authorization', asUser(ALICE));
    const found = await get(
      '?entityRef=component:default/svc-ledger&from=2026-12-02T15:00:00%2B01:00&to=2026-12-03T00:00:00Z&limit=5',
    );
    expect(found.body).toHaveLength(1);
    expect((await get('?entityRef=component:default/svc-wallet')).body).toEqual(
      [],
    );
    expect((await get('?from=2026-12-02T15:04:00Z')).body).toEqual([]);
    for (const bad of [
      '?status=closed',
      '?limit=0',
      '?limit=1001',
      '?limit=ten',
      '?from=yesterday',
      '?rotation=../etc',
      '?owner=me',
      '?status=open&status=all',
    ]) {
      const response = await get(bad);
      expect({ bad, status: response.status }).toEqual({ bad, status: 400 });
    }
  });

  it('acknowledges once with the caller, then answers 409', async () => {
    const { id, acknowledge, auditor } = await withPage();
    clock.set('2026-12-02T14:10:00Z');
    const first = await acknowledge(id, ALICE);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      id,
      acknowledgedBy: ALICE,
      acknowledgedAt: '2026-12-02T14:10:00.000Z',
      acknowledgeTargetMinutes: 15,
      metTarget: true,
    });

    const second = await acknowledge(id, BOB);
    expect(second.status).toBe(409);
    expect((await knex(PAGES_TABLE).first()).acknowledged_by).toBe(ALICE);
    expect(
      auditor.events
        .filter(e => e.eventId === 'page-acknowledge')
        .map(e => e.outcome),
    ).toEqual(['success', 'fail']);
  });

  it('records a missed target when acknowledged late', async () => {
    const { id, acknowledge } = await withPage();
    clock.set('2026-12-02T14:30:00Z');
    expect((await acknowledge(id)).body.metTarget).toBe(false);
  });

  it('answers 404 for an unknown page and 400 for a bad id', async () => {
    const { acknowledge } = await withPage();
    expect((await acknowledge(UNKNOWN_ID)).status).toBe(404);
    expect((await acknowledge('1 OR 1=1')).status).toBe(400);
  });
});
