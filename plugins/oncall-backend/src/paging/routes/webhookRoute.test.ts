import { TestDatabases } from '@backstage/backend-test-utils';
import { onCallAt } from '@localplus/plugin-oncall-common';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  alert,
  notification,
  SCRIPT_URL,
} from '../__testUtils__/alertmanagerPayloads';
import {
  createFakeRotationService,
  localplusWeekly,
} from '../__testUtils__/fakeRotationService';
import {
  ALICE,
  asUser,
  createPagingHarness,
  migrate,
  testClock,
  WEBHOOK_SECRET,
} from '../__testUtils__/pagingHarness';
import { PAGES_TABLE } from '../pages/pageRows';
import { bearerMatches, WEBHOOK_PATH } from './webhookRoute';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const BEARER = `Bearer ${WEBHOOK_SECRET}`;

describe('the Alertmanager webhook', () => {
  let knex: Knex;
  const clock = testClock('2026-12-02T14:04:00Z');

  beforeAll(async () => {
    knex = await migrate(await databases.init('SQLITE_3'));
  });

  afterEach(async () => {
    await knex(PAGES_TABLE).delete();
  });

  const harness = (settings = {}) =>
    createPagingHarness({ knex, clock: clock.now, settings });
  const post = (
    app: ReturnType<typeof harness>['app'],
    body: unknown,
    authorization = BEARER,
  ) =>
    request(app)
      .post(WEBHOOK_PATH)
      .set('Authorization', authorization)
      .send(body as object);
  const rows = async () => knex(PAGES_TABLE).select();
  const listPages = async (
    app: ReturnType<typeof harness>['app'],
    query = '',
  ) =>
    (
      await request(app)
        .get(`/pages${query}`)
        .set('Authorization', asUser(ALICE))
    ).body;

  it('refuses a missing or wrong bearer secret with 401, before reading the body', async () => {
    const { app } = harness();
    const body = notification([alert()]);
    expect((await request(app).post(WEBHOOK_PATH).send(body)).status).toBe(401);
    for (const wrong of [
      `Bearer ${WEBHOOK_SECRET}x`,
      `Bearer ${WEBHOOK_SECRET.slice(0, -1)}`,
      WEBHOOK_SECRET,
      `Basic ${Buffer.from(`u:${WEBHOOK_SECRET}`).toString('base64')}`,
      'Bearer ',
    ]) {
      expect((await post(app, body, wrong)).status).toBe(401);
    }
    const huge = 'x'.repeat(2 * 1024 * 1024);
    expect((await post(app, huge, 'Bearer nope')).status).toBe(401);
    expect(await rows()).toEqual([]);
  });

  it('compares the secret exactly', () => {
    expect(bearerMatches(BEARER, WEBHOOK_SECRET)).toBe(true);
    expect(bearerMatches(`bearer ${WEBHOOK_SECRET}`, WEBHOOK_SECRET)).toBe(
      true,
    );
    expect(bearerMatches(undefined, WEBHOOK_SECRET)).toBe(false);
    expect(bearerMatches(`Bearer ${WEBHOOK_SECRET} `, WEBHOOK_SECRET)).toBe(
      false,
    );
  });

  it('answers 503 to every call when no secret is configured', async () => {
    const { app } = harness({ webhookSecret: undefined });
    const response = await post(app, notification([alert()]));
    expect(response.status).toBe(503);
    expect(response.body.error.message).toMatch(/oncall.pages.webhookSecret/);
  });

  it('answers 400 to malformed notifications and writes nothing', async () => {
    const { app } = harness();
    const bad: unknown[] = [
      {},
      notification([alert()], { version: '3' }),
      notification([alert({ fingerprint: 'not hex!' })]),
      notification([alert({ startsAt: 'yesterday' })]),
      notification([alert(), alert({ status: 'pending' as never })]),
      notification([alert({ labels: { service: 'a\u0000b' } })]),
      notification([alert({ labels: { big: 'x'.repeat(17 * 1024) } })]),
      notification([alert()], { alerts: 'all' }),
      [notification([alert()])],
    ];
    for (const body of bad) {
      const response = await post(app, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    const broken = await request(app)
      .post(WEBHOOK_PATH)
      .set('Authorization', BEARER)
      .set('Content-Type', 'application/json')
      .send('{"version": "4", "alerts": [');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe(
      'The request body is not valid JSON',
    );
    expect(await rows()).toEqual([]);
  });

  it('answers 413 to a 10 MB body and writes nothing', async () => {
    const { app } = harness();
    const big = notification([
      alert({ annotations: { description: 'x'.repeat(10 * 1024 * 1024) } }),
    ]);
    expect((await post(app, big)).status).toBe(413);
    expect(await rows()).toEqual([]);
  });

  it('records a page with who held the roles at startsAt, and notifies the primary', async () => {
    const { app, auditor } = harness();
    const firing = alert();
    const response = await post(app, notification([firing]), BEARER);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ created: 1, updated: 0, resolved: 0 });

    const expected = onCallAt(localplusWeekly(), [], firing.startsAt);
    const [page] = await listPages(app);
    expect(page).toEqual({
      id: expect.any(String),
      fingerprint: 'a1b2c3d4e5f60718',
      alertName: 'SloErrorBudgetBurn',
      summary: firing.annotations.summary,
      entityRef: 'component:default/svc-ledger',
      severity: 'P2',
      rotation: 'localplus-weekly',
      primary: expected.primary!.user,
      secondary: expected.secondary!.user,
      firedAt: '2026-12-02T14:03:27.123Z',
      acknowledgeTargetMinutes: 15,
      escalationStep: 0,
      notified: [
        {
          step: 0,
          people: [expected.primary!.user],
          at: '2026-12-02T14:04:00.000Z',
        },
      ],
      labels: firing.labels,
      generatorUrl: firing.generatorURL,
      runbookUrl: firing.annotations.runbook_url,
    });
    // 47 weeks after 2026-01-05: the third line of the seeds' table.
    expect(page.primary).toBe('user:default/charlie');
    expect(page.secondary).toBe('user:default/diana');
    expect(auditor.events).toEqual([
      expect.objectContaining({
        eventId: 'page-create',
        outcome: 'success',
        meta: expect.objectContaining({
          pageId: page.id,
          primary: page.primary,
        }),
      }),
    ]);
  });

  it('is idempotent on re-delivery, then records the resolution', async () => {
    const { app, auditor } = harness();
    await post(app, notification([alert()]));
    const again = await post(
      app,
      notification([alert({ annotations: { summary: 'still burning' } })], {
        someFutureField: { nested: true },
      }),
    );
    expect(again.body).toEqual({ created: 0, updated: 1, resolved: 0 });
    expect(await rows()).toHaveLength(1);
    expect((await rows())[0].summary).toBe('still burning');

    const resolved = await post(
      app,
      notification([
        alert({ status: 'resolved', endsAt: '2026-12-02T15:30:00.5+01:00' }),
      ]),
    );
    expect(resolved.body).toEqual({ created: 0, updated: 0, resolved: 1 });
    const [page] = await listPages(app);
    expect(page.resolvedAt).toBe('2026-12-02T14:30:00.500Z');
    expect(page.notified).toHaveLength(1);
    expect(auditor.events.map(e => e.eventId)).toEqual(['page-create']);
  });

  it('records an alert first seen resolved, and pages without a known service', async () => {
    const { app } = harness();
    await post(
      app,
      notification([
        alert({
          status: 'resolved',
          fingerprint: 'ab',
          endsAt: '0001-01-01T00:00:00Z',
        }),
        alert({
          fingerprint: 'cd',
          labels: {
            alertname: 'NodeDown',
            severity: 'critical',
            service: 'Not a name!',
          },
          annotations: {},
        }),
        alert({
          fingerprint: 'ef',
          labels: {
            alertname: 'Hub',
            backstage_entity: 'system:payments/hub',
            priority: 'p4',
          },
          annotations: {
            description: 'the hub',
            runbook_url: SCRIPT_URL,
          },
        }),
      ]),
    );
    const pages = await listPages(app, '?limit=10');
    const byPrint = Object.fromEntries(
      pages.map((p: any) => [p.fingerprint, p]),
    );
    expect(byPrint.ab.resolvedAt).toBe('2026-12-02T14:04:00.000Z');
    expect(byPrint.ab.notified).toEqual([]);
    expect(byPrint.cd).toMatchObject({ severity: 'P1', summary: 'NodeDown' });
    expect(byPrint.cd.entityRef).toBeUndefined();
    expect(byPrint.cd.rotation).toBeUndefined();
    expect(byPrint.ef).toMatchObject({
      severity: 'P4',
      summary: 'the hub',
      entityRef: 'system:payments/hub',
    });
    expect(byPrint.ef.runbookUrl).toBeUndefined();
  });

  it('answers 500 when the rotations cannot be read, so Alertmanager retries', async () => {
    const rotations = createFakeRotationService();
    rotations.rotationsFor = async () => {
      throw new Error('catalog unreachable');
    };
    const { app } = createPagingHarness({ knex, clock: clock.now, rotations });
    expect((await post(app, notification([alert()]))).status).toBe(500);
    expect(await rows()).toEqual([]);
  });

  it('uses the configured severity map', async () => {
    const { app } = harness({ severityFromLabels: { page: 'P1' } });
    await post(app, notification([alert()]));
    const [page] = await listPages(app);
    expect(page).toMatchObject({ severity: 'P1', acknowledgeTargetMinutes: 5 });
  });
});
