import { TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  createLinkPath,
  parseEvents,
  span,
} from '../__testUtils__/calendarLinks';
import {
  ALICE,
  asUser,
  createPagingHarness,
  migrate,
  testClock,
} from '../__testUtils__/pagingHarness';
import { CALENDAR_LINKS_TABLE } from '../calendar/DatabaseCalendarLinkStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const TITLE = 'LOCAL-PLUS weekly on-call';

describe('the calendar feed', () => {
  let knex: Knex;
  // Feeds span 2026-10-06 to 2027-01-12: across the end of summer time.
  const clock = testClock('2026-10-20T12:00:00Z');

  beforeAll(async () => {
    knex = await migrate(await databases.init('SQLITE_3'));
  });

  afterEach(async () => {
    await knex(CALENDAR_LINKS_TABLE).delete();
    clock.set('2026-10-20T12:00:00Z');
  });

  const harness = () => createPagingHarness({ knex, clock: clock.now });

  it('serves a rotation’s shifts at the right instants across the DST change', async () => {
    const { app } = harness();
    const { path } = await createLinkPath(app, ALICE, {
      scope: 'rotation',
      target: 'localplus-weekly',
    });
    // Unauthenticated: a calendar application has only the URL.
    const response = await request(app).get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(
      'text/calendar; charset=utf-8',
    );
    expect(response.headers['cache-control']).toBe('private, max-age=300');
    expect(response.text).toContain('TZID:Europe/Paris');
    expect(response.text).toContain(
      'DTSTART;TZID=Europe/Paris:20261019T100000',
    );

    const events = parseEvents(response.text);
    const find = (summary: string) =>
      events.filter(e => e.summary === summary).map(span);
    // 10:00 Paris is 08:00Z in summer time and 09:00Z after 2026-10-25.
    expect(find(`Bob Durand: Primary on call — ${TITLE}`)).toContain(
      '2026-10-19T08:00:00.000Z -> 2026-10-26T09:00:00.000Z',
    );
    expect(find(`Charlie Petit: Primary on call — ${TITLE}`)).toEqual([
      '2026-10-26T09:00:00.000Z -> 2026-11-02T09:00:00.000Z',
      '2026-11-30T09:00:00.000Z -> 2026-12-07T09:00:00.000Z',
      '2027-01-04T09:00:00.000Z -> 2027-01-11T09:00:00.000Z',
    ]);
    // The 30-minute sync from 09:30 local before each change.
    expect(find(`Handoff sync — ${TITLE}`).slice(0, 3)).toEqual([
      '2026-10-12T07:30:00.000Z -> 2026-10-12T08:00:00.000Z',
      '2026-10-19T07:30:00.000Z -> 2026-10-19T08:00:00.000Z',
      '2026-10-26T08:30:00.000Z -> 2026-10-26T09:00:00.000Z',
    ]);
    // Two weeks back to twelve ahead: every shift intersecting the window.
    const shifts = events.filter(e => !e.summary.startsWith('Handoff'));
    expect(shifts[0].start.toISOString()).toBe('2026-10-05T08:00:00.000Z');
    expect(shifts.at(-1)!.start.toISOString()).toBe('2027-01-11T09:00:00.000Z');
    expect(shifts).toHaveLength(2 * 15);
    expect(new Set(events.map(e => e.uid)).size).toBe(events.length);
  });

  it('keeps each event’s UID, start and end from one refresh to the next', async () => {
    const { app } = harness();
    const { path } = await createLinkPath(app, ALICE, {
      scope: 'rotation',
      target: 'localplus-weekly',
    });
    const before = parseEvents((await request(app).get(path)).text);
    clock.set('2026-10-29T17:45:12.345Z');
    const after = parseEvents((await request(app).get(path)).text);

    const byUid = new Map(after.map(e => [e.uid, span(e)]));
    const shared = before.filter(e => byUid.has(e.uid));
    // The window moved 9 days: a week of shifts left, one week came in.
    expect(shared.length).toBeGreaterThan(before.length - 6);
    for (const event of shared) {
      expect(byUid.get(event.uid)).toBe(span(event));
    }
    expect(after.some(e => !before.some(b => b.uid === e.uid))).toBe(true);
  });

  it('serves a person’s own shifts, both roles, with the syncs they attend', async () => {
    const { app } = harness();
    const { path } = await createLinkPath(app, ALICE, { scope: 'person' });
    const events = parseEvents((await request(app).get(path)).text);
    const shifts = events.filter(e => !e.summary.startsWith('Handoff'));
    expect(shifts.map(e => `${e.summary}: ${span(e)}`)).toEqual([
      `Secondary on call — ${TITLE}: 2026-10-05T08:00:00.000Z -> 2026-10-12T08:00:00.000Z`,
      `Primary on call — ${TITLE}: 2026-10-12T08:00:00.000Z -> 2026-10-19T08:00:00.000Z`,
      `Secondary on call — ${TITLE}: 2026-11-09T09:00:00.000Z -> 2026-11-16T09:00:00.000Z`,
      `Primary on call — ${TITLE}: 2026-11-16T09:00:00.000Z -> 2026-11-23T09:00:00.000Z`,
      `Secondary on call — ${TITLE}: 2026-12-14T09:00:00.000Z -> 2026-12-21T09:00:00.000Z`,
      `Primary on call — ${TITLE}: 2026-12-21T09:00:00.000Z -> 2026-12-28T09:00:00.000Z`,
    ]);
    const syncs = events.filter(e => e.summary.startsWith('Handoff'));
    // In at the start of the secondary week, out at the end of the primary one.
    expect(syncs.map(e => e.end.toISOString())).toEqual([
      '2026-10-12T08:00:00.000Z',
      '2026-10-19T08:00:00.000Z',
      '2026-11-09T09:00:00.000Z',
      '2026-11-16T09:00:00.000Z',
      '2026-11-23T09:00:00.000Z',
      '2026-12-14T09:00:00.000Z',
      '2026-12-21T09:00:00.000Z',
      '2026-12-28T09:00:00.000Z',
    ]);
  });

  it('answers the same 404 to a tampered, unknown, malformed or revoked link', async () => {
    const { app } = harness();
    const { id, path } = await createLinkPath(app, ALICE, { scope: 'person' });
    const [token] = path.slice('/calendar/'.length).split('.ics');
    const [linkId, signature] = token.split('.');
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const refused = [
      `/calendar/${linkId}.${flipped}.ics`,
      `/calendar/${unknownId}.${signature}.ics`,
      `/calendar/${token}`,
      `/calendar/${token}.ics.ics`,
      `/calendar/${linkId}.ics`,
      `/calendar/${'a'.repeat(500)}.ics`,
      `/calendar/..%2F..%2Fetc%2Fpasswd.ics`,
    ];
    const bodies = new Set<string>();
    for (const url of refused) {
      const response = await request(app).get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      bodies.add(response.body.error.message);
    }
    expect((await request(app).get(path)).status).toBe(200);

    await request(app)
      .delete(`/calendar-links/${id}`)
      .set('Authorization', asUser(ALICE))
      .expect(200);
    const revoked = await request(app).get(path);
    expect(revoked.status).toBe(404);
    bodies.add(revoked.body.error.message);
    expect([...bodies]).toEqual(['No such calendar']);
  });

  it('serves nothing once the signing secret is gone', async () => {
    const { app } = harness();
    const { path } = await createLinkPath(app, ALICE, { scope: 'person' });
    const without = createPagingHarness({
      knex,
      clock: clock.now,
      settings: { calendarSigningSecret: undefined },
    });
    expect((await request(without.app).get(path)).status).toBe(404);
  });
});
