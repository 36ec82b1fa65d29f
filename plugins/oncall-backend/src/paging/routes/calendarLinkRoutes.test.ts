import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import request from 'supertest';
import { createLinkPath } from '../__testUtils__/calendarLinks';
import {
  ALICE,
  asUser,
  BASE_URL,
  BOB,
  createPagingHarness,
  migrate,
  testClock,
} from '../__testUtils__/pagingHarness';
import { CALENDAR_LINKS_TABLE } from '../calendar/DatabaseCalendarLinkStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function allowing(names: string[]) {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(({ permission }) => ({
        result: names.includes(permission.name)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      })),
  });
}

describe('the calendar link routes', () => {
  let knex: Knex;
  const clock = testClock('2026-10-20T12:00:00Z');

  beforeAll(async () => {
    knex = await migrate(await databases.init('SQLITE_3'));
  });

  afterEach(async () => {
    await knex(CALENDAR_LINKS_TABLE).delete();
  });

  const harness = (
    extra: Partial<Parameters<typeof createPagingHarness>[0]> = {},
  ) => createPagingHarness({ knex, clock: clock.now, ...extra });
  const count = async () =>
    Number((await knex(CALENDAR_LINKS_TABLE).count({ n: '*' }))[0].n);

  it('creates a person link with a signed feed URL, shown once', async () => {
    const { app, auditor } = harness();
    const response = await request(app)
      .post('/calendar-links')
      .set('Authorization', asUser(ALICE))
      .send({ scope: 'person' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      scope: 'person',
      target: ALICE,
      createdBy: ALICE,
      createdAt: '2026-10-20T12:00:00.000Z',
      url: expect.stringMatching(
        new RegExp(
          `^${BASE_URL}/calendar/${response.body.id}\\.[\\w-]{43}\\.ics$`,
        ),
      ),
    });
    const listed = await request(app)
      .get('/calendar-links')
      .set('Authorization', asUser(ALICE));
    const { url, ...stored } = response.body;
    expect(listed.body).toEqual([stored]);
    const signature = url.split('.').slice(-2)[0];
    expect(JSON.stringify(auditor.events)).not.toContain(signature);
  });

  it('creates a rotation link for a readable rotation', async () => {
    const { app } = harness();
    const { id } = await createLinkPath(app, ALICE, {
      scope: 'rotation',
      target: 'localplus-weekly',
    });
    expect(
      await knex(CALENDAR_LINKS_TABLE).where({ id }).first(),
    ).toMatchObject({
      scope: 'rotation',
      target: 'localplus-weekly',
      created_by: ALICE,
    });
  });

  it('refuses bad requests and writes nothing', async () => {
    const { app } = harness();
    const cases: Array<[object | string, number]> = [
      [{ scope: 'person', target: BOB }, 403],
      [{ scope: 'rotation' }, 400],
      [{ scope: 'rotation', target: 'no-such-rotation' }, 404],
      [{ scope: 'rotation', target: '../../etc/passwd' }, 400],
      [{ scope: 'team' }, 400],
      [{ scope: 'person', admin: true }, 400],
      [{ scope: 'person', target: 'x'.repeat(600) }, 400],
      ['{"scope": ', 400],
      [{ scope: 'person', pad: 'x'.repeat(20 * 1024) }, 413],
    ];
    for (const [body, status] of cases) {
      const response = await request(app)
        .post('/calendar-links')
        .set('Authorization', asUser(ALICE))
        .set('Content-Type', 'application/json')
        .send(typeof body === 'string' ? body : JSON.stringify(body));
      expect({ body, status: response.status }).toEqual({ body, status });
    }
    expect(await count()).toBe(0);
  });

  it('answers 401 without a user and 403 without the permission', async () => {
    const denied = harness({ permissions: allowing([]) });
    expect(
      (
        await request(denied.app)
          .post('/calendar-links')
          .send({ scope: 'person' })
      ).status,
    ).toBe(401);
    for (const call of [
      request(denied.app).post('/calendar-links').send({ scope: 'person' }),
      request(denied.app).get('/calendar-links'),
      request(denied.app).delete(
        '/calendar-links/00000000-0000-4000-8000-000000000000',
      ),
    ]) {
      expect((await call.set('Authorization', asUser(ALICE))).status).toBe(403);
    }
    // Managing links is not enough to follow a rotation one may not read.
    const manageOnly = harness({
      permissions: allowing(['oncall.calendar.manage']),
    });
    const rotation = await request(manageOnly.app)
      .post('/calendar-links')
      .set('Authorization', asUser(ALICE))
      .send({ scope: 'rotation', target: 'localplus-weekly' });
    expect(rotation.status).toBe(403);
    expect(await count()).toBe(0);
  });

  it('answers 503 when no signing secret is configured', async () => {
    const { app } = harness({
      settings: { calendarSigningSecret: undefined },
    });
    const response = await request(app)
      .post('/calendar-links')
      .set('Authorization', asUser(ALICE))
      .send({ scope: 'person' });
    expect(response.status).toBe(503);
    expect(response.body.error.message).toMatch(
      /oncall.calendar.signingSecret/,
    );
    expect(await count()).toBe(0);
  });

  it('lists and revokes only one’s own links', async () => {
    const { app, auditor } = harness();
    const alices = await createLinkPath(app, ALICE, { scope: 'person' });
    await createLinkPath(app, BOB, { scope: 'person' });
    const as = (who: string) => (call: request.Test) =>
      call.set('Authorization', asUser(who));

    const listed = await as(ALICE)(request(app).get('/calendar-links'));
    expect(listed.body.map((l: { id: string }) => l.id)).toEqual([alices.id]);

    const byBob = await as(BOB)(
      request(app).delete(`/calendar-links/${alices.id}`),
    );
    expect(byBob.status).toBe(404);
    const revoked = await as(ALICE)(
      request(app).delete(`/calendar-links/${alices.id}`),
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toBe('2026-10-20T12:00:00.000Z');
    // Both attempts are on the audit trail, Bob's refused one too.
    expect(
      auditor.events.filter(e => e.eventId === 'calendar-link-revoke'),
    ).toEqual([
      {
        eventId: 'calendar-link-revoke',
        meta: { linkId: alices.id },
        outcome: 'fail',
      },
      {
        eventId: 'calendar-link-revoke',
        meta: { linkId: alices.id },
        outcome: 'success',
      },
    ]);
    expect(
      auditor.events.filter(e => e.eventId === 'calendar-link-create'),
    ).toEqual([
      expect.objectContaining({
        meta: { scope: 'person', target: ALICE, linkId: alices.id },
        outcome: 'success',
      }),
      expect.objectContaining({
        meta: expect.objectContaining({ target: BOB }),
        outcome: 'success',
      }),
    ]);
    const badId = await as(ALICE)(
      request(app).delete('/calendar-links/1;drop'),
    );
    expect(badId.status).toBe(400);
  });
});
