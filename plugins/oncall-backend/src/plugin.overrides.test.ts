import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { ScheduleOverride } from '@localplus/plugin-oncall-common';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  LUCAS,
  MARC,
  onCallCatalog,
  SOFIA,
  user,
  WEEKLY,
} from './__testUtils__/onCallCatalog';
import { startOnCallBackend } from './__testUtils__/startOnCallBackend';

jest.setTimeout(60_000);

const FRIDAY = new Date('2026-12-04T12:00:00.000Z');
/** Week 4 (Diana primary, Eve secondary) and week 5 (Eve, Alice) start on these Mondays, 10:00 Paris. */
const WEEK_4 = '2026-12-07T09:00:00.000Z';
const WEEK_5 = '2026-12-14T09:00:00.000Z';

/** Overrides and swaps over HTTP: who may, what is refused, and what changes. */
describe('overrides and swaps in the on-call backend', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let auditor: Awaited<ReturnType<typeof startOnCallBackend>>['auditor'];
  let folder: string;
  const clock = { at: FRIDAY };

  const get = (url: string, as = user('alice')) =>
    request(backend.server)
      .get(`/api/oncall${url}`)
      .set('Authorization', mockCredentials.user.header(as));
  const post = (url: string, body: unknown, as = user('alice')) =>
    request(backend.server)
      .post(`/api/oncall${url}`)
      .set('Authorization', mockCredentials.user.header(as))
      .send(body as object);
  const remove = (id: string, body: unknown, as = user('alice')) =>
    request(backend.server)
      .delete(`/api/oncall/overrides/${id}`)
      .set('Authorization', mockCredentials.user.header(as))
      .send(body as object);
  const activeOverrides = async (): Promise<ScheduleOverride[]> => {
    const { body } = await get(
      `/rotations/${WEEKLY}/schedule?from=2026-12-04T12:00:00Z&to=2027-03-01T00:00:00Z`,
    );
    return body.overrides;
  };
  const primaryAt = async (at: string) => {
    clock.at = new Date(at);
    const { body } = await get('/now');
    return body.rotations[0].now.primary.user;
  };

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-overrides-'));
    ({ backend, auditor } = await startOnCallBackend({
      entities: await onCallCatalog(folder),
      clock,
    }));
  });

  afterEach(async () => {
    // Each test starts from the rotation alone, on Friday.
    clock.at = FRIDAY;
    for (const override of await activeOverrides()) {
      await remove(override.id, { reason: 'test cleanup' });
    }
  });

  afterAll(async () => {
    await backend?.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  const tuesday = {
    role: 'primary',
    start: '2026-12-08T09:00:00Z',
    end: '2026-12-09T09:00:00Z',
    user: 'bob',
    reason: 'Diana at a conference',
  };

  it('lets a member hand a day of primary to someone else, and records it', async () => {
    const response = await post(`/rotations/${WEEKLY}/overrides`, tuesday);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      rotation: WEEKLY,
      role: 'primary',
      start: '2026-12-08T09:00:00.000Z',
      end: '2026-12-09T09:00:00.000Z',
      user: user('bob'),
      replaces: user('diana'),
      reason: 'Diana at a conference',
      createdBy: user('alice'),
      createdAt: FRIDAY.toISOString(),
    });
    expect(await primaryAt('2026-12-08T12:00:00Z')).toBe(user('bob'));
    expect(await primaryAt('2026-12-09T12:00:00Z')).toBe(user('diana'));

    const changes = await get(`/rotations/${WEEKLY}/changes?limit=1`);
    expect(changes.status).toBe(200);
    expect(changes.body).toEqual([
      expect.objectContaining({
        overrideId: response.body.id,
        action: 'created',
        actor: user('alice'),
      }),
    ]);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'oncall-override',
        severityLevel: 'medium',
        meta: { action: 'create', rotation: WEEKLY, role: 'primary' },
      }),
    );
  });

  it('lets the lead of a covered group and the lead of a team below it override', async () => {
    const byMarc = await post(`/rotations/${WEEKLY}/overrides`, tuesday, MARC);
    expect(byMarc.status).toBe(201);
    const byLucas = await post(
      `/rotations/${WEEKLY}/overrides`,
      {
        ...tuesday,
        start: '2026-12-10T09:00:00Z',
        end: '2026-12-11T09:00:00Z',
      },
      user('lucas-bernard'),
    );
    expect(byLucas.status).toBe(201);
  });

  it('swaps two weeks between their holders, and a cancel undoes both halves', async () => {
    const swap = await post(`/rotations/${WEEKLY}/swaps`, {
      role: 'primary',
      firstShiftStart: WEEK_4,
      secondShiftStart: '2026-12-21T10:00:00+01:00',
      reason: 'Diana moves her week',
    });
    expect(swap.status).toBe(201);
    expect(swap.body).toHaveLength(2);
    expect(swap.body[0].swapId).toBe(swap.body[1].swapId);
    // Diana's week (Eve secondary) and Alice's (Bob secondary): nobody ends
    // up in both roles.
    expect(await primaryAt('2026-12-08T12:00:00Z')).toBe(user('alice'));
    expect(await primaryAt('2026-12-22T12:00:00Z')).toBe(user('diana'));

    clock.at = FRIDAY;
    const cancel = await request(backend.server)
      .delete(`/api/oncall/overrides/${swap.body[1].id}`)
      .set('Authorization', mockCredentials.user.header(user('alice')))
      .send({ reason: 'plans changed' });
    expect(cancel.status).toBe(200);
    expect(cancel.body.map((o: any) => o.id).sort()).toEqual(
      swap.body.map((o: any) => o.id).sort(),
    );
    expect(await primaryAt('2026-12-08T12:00:00Z')).toBe(user('diana'));

    clock.at = FRIDAY;
    const again = await request(backend.server)
      .delete(`/api/oncall/overrides/${swap.body[0].id}`)
      .set('Authorization', mockCredentials.user.header(user('eve')))
      .send({ reason: 'twice' });
    expect(again.status).toBe(409);
  });

  it('refuses a caller who is neither in the rotation nor a lead of its groups, saying who may', async () => {
    const response = await post(
      `/rotations/${WEEKLY}/overrides`,
      tuesday,
      SOFIA,
    );
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      `Only the people of ${WEEKLY}'s layers (${[
        'alice',
        'bob',
        'charlie',
        'diana',
        'eve',
      ]
        .map(user)
        .join(', ')}) and the leads of its groups (${[LUCAS, MARC]
        .sort()
        .join(', ')}) may change its overrides; ${SOFIA} is neither`,
    );
    expect(await activeOverrides()).toEqual([]);
    // The refused attempt is on the audit trail too.
    const event = await auditor.createEvent.mock.results.at(-1)!.value;
    expect(event.fail).toHaveBeenCalledWith({
      error: expect.objectContaining({ name: 'NotAllowedError' }),
    });
  });

  it('refuses an override overlapping another of the same role', async () => {
    expect((await post(`/rotations/${WEEKLY}/overrides`, tuesday)).status).toBe(
      201,
    );
    const overlapping = await post(`/rotations/${WEEKLY}/overrides`, {
      ...tuesday,
      start: '2026-12-08T20:00:00Z',
      end: '2026-12-10T09:00:00Z',
      user: 'eve',
    });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error.message).toMatch(
      /overlaps the primary override of user:default\/bob .* cancel that one first/,
    );
    const secondary = await post(`/rotations/${WEEKLY}/overrides`, {
      ...tuesday,
      role: 'secondary',
      user: 'alice',
    });
    expect(secondary.status).toBe(201);
    expect(await activeOverrides()).toHaveLength(2);
  });

  it('stores one of two overlapping overrides sent at the same time', async () => {
    const responses = await Promise.all(
      ['bob', 'eve'].map(person =>
        post(`/rotations/${WEEKLY}/overrides`, { ...tuesday, user: person }),
      ),
    );
    const statuses = responses.map(r => r.status).sort();
    // The loser is refused by the engine's check (400) or, when both passed
    // it before either was stored, by the store's transaction (409).
    expect(statuses[0]).toBe(201);
    expect([400, 409]).toContain(statuses[1]);
    expect(await activeOverrides()).toHaveLength(1);
  });

  it.each([
    [
      'a start in the past',
      { ...tuesday, start: '2026-12-04T09:00:00Z' },
      /starts in the past/,
    ],
    [
      'someone in no layer of the rotation',
      { ...tuesday, user: 'outsider' },
      /user:default\/outsider is not a member of any layer/,
    ],
    [
      'a user that is no ref',
      { ...tuesday, user: 'Bob Smith!' },
      /user must be a user entity ref/,
    ],
    [
      'the holder themselves',
      { ...tuesday, user: 'diana' },
      /already holds primary over that whole span/,
    ],
    [
      'an end before the start',
      { ...tuesday, end: '2026-12-08T08:00:00Z' },
      /must end after it starts/,
    ],
    [
      'an impossible date',
      { ...tuesday, end: '2026-12-32T09:00:00Z' },
      /end: must be an ISO instant/,
    ],
    [
      'an unknown role',
      { ...tuesday, role: 'tertiary' },
      /Invalid override: role/,
    ],
    [
      'an unknown field',
      { ...tuesday, priority: 'high' },
      /unknown parameter priority/,
    ],
    ['no reason', { ...tuesday, reason: '   ' }, /reason: must say why/],
    [
      'a reason of 501 characters',
      { ...tuesday, reason: 'x'.repeat(501) },
      /reason: must be at most 500/,
    ],
    ['an array', [tuesday], /Invalid override/],
  ])('refuses %s with a 400 and changes nothing', async (_, body, message) => {
    const response = await post(`/rotations/${WEEKLY}/overrides`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(await activeOverrides()).toEqual([]);
  });

  it.each([
    [
      'a shift with itself',
      {
        firstShiftStart: WEEK_4,
        secondShiftStart: '2026-12-07T10:00:00+01:00',
      },
      /cannot be swapped with itself/,
    ],
    [
      'an instant no shift starts at',
      { firstShiftStart: WEEK_4, secondShiftStart: '2026-12-15T09:00:00Z' },
      /No primary shift .* starts at/,
    ],
    [
      'a shift under way',
      { firstShiftStart: '2026-11-30T09:00:00Z', secondShiftStart: WEEK_5 },
      /cannot go to/,
    ],
  ])('refuses to swap %s', async (_, starts, message) => {
    const response = await post(`/rotations/${WEEKLY}/swaps`, {
      role: 'primary',
      reason: 'test',
      ...starts,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(await activeOverrides()).toEqual([]);
  });

  it('refuses bodies over 64 kB with 413 and unreadable JSON with 400', async () => {
    const huge = await post(`/rotations/${WEEKLY}/overrides`, {
      ...tuesday,
      reason: 'x'.repeat(10 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    const broken = await request(backend.server)
      .post(`/api/oncall/rotations/${WEEKLY}/overrides`)
      .set('Authorization', mockCredentials.user.header(user('alice')))
      .set('Content-Type', 'application/json')
      .send('{"role": "primary",');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe(
      'The request body is not valid JSON',
    );
    expect(await activeOverrides()).toEqual([]);
  });

  it('answers 404 for unknown rotations and overrides, 400 for malformed ids', async () => {
    const rotation = await post(
      '/rotations/no-such-rotation/overrides',
      tuesday,
    );
    expect(rotation.status).toBe(404);
    const unknown = await remove('00000000-0000-4000-8000-000000000000', {
      reason: 'x',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      'No override 00000000-0000-4000-8000-000000000000',
    );
    const malformed = await remove("x'%20OR%201=1", { reason: 'x' });
    expect(malformed.status).toBe(400);
    const noReason = await remove('00000000-0000-4000-8000-000000000000', {});
    expect(noReason.status).toBe(400);
  });

  it('keeps an override that is over on the record', async () => {
    const created = await post(`/rotations/${WEEKLY}/overrides`, tuesday);
    clock.at = new Date('2026-12-10T00:00:00Z');
    const response = await remove(created.body.id, { reason: 'too late' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/is over/);
  });
});
