import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type {
  CoverageReport,
  EntityOnCall,
  FairnessReport,
  MyShifts,
  OnCallOverview,
  RotationList,
} from '@localplus/plugin-oncall-common';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  BROKEN_GROUP,
  COPYCAT_GROUP,
  onCallCatalog,
  ONCALL_GROUP,
  SOFIA,
  user,
  WEEKLY,
} from './__testUtils__/onCallCatalog';
import {
  startOnCallBackend,
  WEBHOOK_SECRET,
} from './__testUtils__/startOnCallBackend';

jest.setTimeout(60_000);

/** What the on-call backend answers, over HTTP, on Friday 4 December 2026. */
describe('the on-call backend over HTTP', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let folder: string;
  const clock = { at: new Date('2026-12-04T12:00:00.000Z') };

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-plugin-'));
    ({ backend } = await startOnCallBackend({
      entities: await onCallCatalog(folder),
      clock,
    }));
  });

  afterAll(async () => {
    await backend?.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  const get = (url: string, as = user('alice')) =>
    request(backend.server)
      .get(`/api/oncall${url}`)
      .set('Authorization', mockCredentials.user.header(as));

  it('has Charlie primary and Diana secondary in week 3 of the cycle, with the next handoff', async () => {
    const response = await get('/now');
    expect(response.status).toBe(200);
    const overview: OnCallOverview = response.body;
    expect(overview.at).toBe('2026-12-04T12:00:00.000Z');
    expect(overview.rotations).toHaveLength(1);
    const [row] = overview.rotations;
    expect(row.summary).toMatchObject({
      name: WEEKLY,
      provider: 'native',
      owner: ONCALL_GROUP,
      covers: ['group:default/engineering'],
      timeZone: 'Europe/Paris',
      callerIsChanger: true,
    });
    expect(row.now.primary).toMatchObject({
      user: user('charlie'),
      start: '2026-11-30T09:00:00.000Z',
      end: '2026-12-07T09:00:00.000Z',
    });
    expect(row.now.secondary?.user).toBe(user('diana'));
    expect(row.now.nextHandoff).toBe('2026-12-07T09:00:00.000Z');
    expect(row.now.nextPrimary?.user).toBe(user('diana'));
    expect(row.now.nextSecondary?.user).toBe(user('eve'));
    expect(row.services).toEqual(['component:default/svc-ledger']);
    expect(overview.people[user('charlie')]).toEqual({
      ref: user('charlie'),
      displayName: 'Charlie',
      email: 'charlie@localplus.example',
      phone: '+33 1 00 00 00 00',
      slackHandle: '@charlie',
    });
  });

  it("shows a component's rotation through its owner's parent group, with the escalation resolved to people", async () => {
    const response = await get('/entity/component/default/svc-ledger');
    expect(response.status).toBe(200);
    const card: EntityOnCall = response.body;
    expect(card.entityRef).toBe('component:default/svc-ledger');
    expect(card.rotations.map(r => r.summary.name)).toEqual([WEEKLY]);
    const [{ now, escalation }] = card.rotations;
    expect(now.primary?.user).toBe(user('charlie'));
    expect(escalation.map(step => [step.title, step.people])).toEqual([
      ['Primary on call', [user('charlie')]],
      ['Secondary on call', [user('diana')]],
      ['Incident commander', [user('marc-lefevre'), SOFIA]],
      ['Management', [user('marc-lefevre')]],
    ]);
    expect(card.people[SOFIA].displayName).toBe('Sofia Benali');
    expect(card.openPages).toEqual([]);
    // The broken files of other groups are not this service's problem.
    expect(card.problems).toEqual([]);
  });

  it('reports a bad time zone and a reused rotation name on their own groups only', async () => {
    const response = await get('/rotations');
    expect(response.status).toBe(200);
    const list: RotationList = response.body;
    expect(list.rotations.map(r => r.name)).toEqual([WEEKLY]);
    expect(list.rotations[0].source).toBe('./oncall/rotation.yaml');
    const byGroup = (ref: string) =>
      list.problems.filter(problem => problem.entityRef === ref);
    expect(byGroup(BROKEN_GROUP)).toEqual([
      expect.objectContaining({
        source: './oncall/rotation.yaml',
        field: 'spec.timeZone',
        message: expect.stringMatching(/time zone/i),
      }),
    ]);
    expect(byGroup(COPYCAT_GROUP)).toEqual([
      expect.objectContaining({
        field: 'metadata.name',
        message: expect.stringContaining(
          `The rotation name ${WEEKLY} is already used by ${ONCALL_GROUP}`,
        ),
      }),
    ]);
    expect(byGroup(ONCALL_GROUP)).toEqual([]);
    expect(list.problems).toHaveLength(2);

    const group = await get('/entity/group/default/broken-tz');
    expect(group.status).toBe(200);
    expect(group.body.rotations).toEqual([]);
    expect(group.body.problems).toEqual(byGroup(BROKEN_GROUP));
  });

  it("tells each caller whether the rotation's rule counts them among its changers", async () => {
    const isChanger = async (as: string) =>
      (await get(`/rotations/${WEEKLY}`, as)).body.callerIsChanger;
    expect(await isChanger(user('alice'))).toBe(true);
    expect(await isChanger(user('marc-lefevre'))).toBe(true);
    expect(await isChanger(SOFIA)).toBe(false);
    expect(await isChanger(user('lucas-bernard'))).toBe(true);
    const asService = await request(backend.server)
      .get(`/api/oncall/rotations/${WEEKLY}`)
      .set('Authorization', mockCredentials.service.header());
    expect(asService.status).toBe(200);
    expect(asService.body.callerIsChanger).toBe(false);
  });

  it('serves the final schedule over a range, with the people it names', async () => {
    const response = await get(
      `/rotations/${WEEKLY}/schedule?from=2026-12-07T09:00:00Z&to=2026-12-21T09:00:00%2B00:00`,
    );
    expect(response.status).toBe(200);
    expect(response.body.from).toBe('2026-12-07T09:00:00.000Z');
    expect(response.body.to).toBe('2026-12-21T09:00:00.000Z');
    expect(
      response.body.shifts.map((s: any) => [s.role, s.user, s.start]),
    ).toEqual([
      ['primary', user('diana'), '2026-12-07T09:00:00.000Z'],
      ['primary', user('eve'), '2026-12-14T09:00:00.000Z'],
      ['secondary', user('eve'), '2026-12-07T09:00:00.000Z'],
      ['secondary', user('alice'), '2026-12-14T09:00:00.000Z'],
    ]);
    expect(Object.keys(response.body.people).sort()).toEqual(
      [user('alice'), user('diana'), user('eve')].sort(),
    );
  });

  it("lists the caller's own shifts", async () => {
    const response = await get(
      '/me/shifts?from=2026-12-01T00:00:00Z&to=2026-12-29T00:00:00Z',
      user('charlie'),
    );
    expect(response.status).toBe(200);
    const mine: MyShifts = response.body;
    expect(mine.user).toBe(user('charlie'));
    expect(mine.shifts.map(s => [s.role, s.start, s.end])).toEqual([
      ['primary', '2026-12-01T00:00:00.000Z', '2026-12-07T09:00:00.000Z'],
      ['secondary', '2026-12-28T09:00:00.000Z', '2026-12-29T00:00:00.000Z'],
    ]);
  });

  it('finds the critical service no rotation answers for', async () => {
    const response = await get('/coverage');
    expect(response.status).toBe(200);
    const report: CoverageReport = response.body;
    expect(report.from).toBe('2026-12-04T12:00:00.000Z');
    // oncall.coverageWeeks is 2 in the test config.
    expect(report.to).toBe('2026-12-18T12:00:00.000Z');
    expect(report.findings).toEqual([
      {
        type: 'critical-service-without-rotation',
        entityRef: 'component:default/svc-orphan',
        owner: 'group:default/team-orphan',
        criticality: 'P1',
      },
    ]);
    const longer = await get('/coverage?weeks=12');
    expect(longer.body.to).toBe('2027-02-26T12:00:00.000Z');
  });

  it('counts hours per person for the fairness report, as JSON and CSV', async () => {
    const range = 'from=2026-11-30T09:00:00Z&to=2026-12-07T09:00:00Z';
    const response = await get(`/fairness?${range}`);
    expect(response.status).toBe(200);
    const report: FairnessReport = response.body;
    const hours = Object.fromEntries(
      report.rows.map(row => [
        row.user,
        [row.primaryHours, row.secondaryHours],
      ]),
    );
    expect(hours).toEqual({
      [user('charlie')]: [168, 0],
      [user('diana')]: [0, 168],
    });
    expect(report.people[user('diana')].displayName).toBe('Diana');

    const csv = await get(`/fairness.csv?${range}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="oncall-fairness-2026-11-30-2026-12-07.csv"',
    );
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Person,Ref,Rotations,Hours on call,/);
    expect(lines.slice(1).map(line => line.split(',').slice(0, 4))).toEqual(
      expect.arrayContaining([
        ['Charlie', user('charlie'), WEEKLY, '168'],
        ['Diana', user('diana'), WEEKLY, '168'],
      ]),
    );
  });

  it("puts a page of the service on its card and in the responder's fairness line", async () => {
    const webhook = await request(backend.server)
      .post('/api/oncall/webhook/alertmanager')
      .set('Authorization', `Bearer ${WEBHOOK_SECRET}`)
      .send({
        version: '4',
        status: 'firing',
        receiver: 'oncall',
        alerts: [
          {
            status: 'firing',
            labels: {
              alertname: 'LedgerErrorBudgetBurn',
              service: 'svc-ledger',
              severity: 'critical',
            },
            annotations: { summary: 'Ledger burns its budget' },
            startsAt: '2026-12-04T11:55:00Z',
            fingerprint: 'abc123',
          },
        ],
      });
    expect(webhook.status).toBeLessThan(300);

    const card: EntityOnCall = (
      await get('/entity/component/default/svc-ledger')
    ).body;
    expect(card.openPages).toEqual([
      expect.objectContaining({
        alertName: 'LedgerErrorBudgetBurn',
        entityRef: 'component:default/svc-ledger',
        rotation: WEEKLY,
        primary: user('charlie'),
      }),
    ]);

    const report: FairnessReport = (
      await get('/fairness?from=2026-12-04T00:00:00Z&to=2026-12-05T00:00:00Z')
    ).body;
    const pagesOf = (ref: string) =>
      report.rows.find(row => row.user === ref)?.pages;
    expect(pagesOf(user('charlie'))).toBe(1);
    expect(pagesOf(user('diana'))).toBe(0);
  });

  it('answers 404 for unknown rotations and entities', async () => {
    for (const url of [
      '/rotations/no-such-rotation',
      '/rotations/no-such-rotation/schedule',
      '/rotations/no-such-rotation/changes',
    ]) {
      const response = await get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      expect(response.body.error.message).toBe(
        'No rotation named no-such-rotation',
      );
    }
    const entity = await get('/entity/component/default/svc-nope');
    expect(entity.status).toBe(404);
    expect(entity.body.error.message).toBe(
      'No entity component:default/svc-nope in the catalog',
    );
  });

  it.each([
    [
      `/rotations/${WEEKLY}/schedule?from=2026-02-30T00:00:00Z`,
      /from: must be an ISO instant/,
    ],
    [
      `/rotations/${WEEKLY}/schedule?from=2026-12-04`,
      /from: must be an ISO instant/,
    ],
    [
      `/rotations/${WEEKLY}/schedule?from=yesterday`,
      /from: must be an ISO instant/,
    ],
    [
      `/rotations/${WEEKLY}/schedule?from=2026-12-04T10:00:00`,
      /from: must be an ISO instant/,
    ],
    [
      `/rotations/${WEEKLY}/schedule?from=2026-12-10T00:00:00Z&to=2026-12-01T00:00:00Z`,
      /to must come after from/,
    ],
    [
      `/rotations/${WEEKLY}/schedule?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z`,
      /at most 92 days/,
    ],
    [`/rotations/${WEEKLY}/schedule?from=a&from=b`, /Invalid range: from/],
    [`/rotations/${WEEKLY}/schedule?colour=red`, /unknown parameter colour/],
    [`/rotations/${WEEKLY}/changes?limit=0`, /limit: must be at least 1/],
    [`/rotations/${WEEKLY}/changes?limit=501`, /limit: must be at most 500/],
    ['/coverage?weeks=0', /weeks: must be at least 1/],
    ['/coverage?weeks=13', /weeks: must be at most 12/],
    ['/coverage?weeks=2.5', /weeks: must be a whole number/],
    ['/now?extra=1', /unknown parameter extra/],
    [`/rotations/${'a'.repeat(101)}`, /Invalid rotation: name/],
    ['/rotations/..%2F..%2Fetc', /Invalid rotation: name/],
    ['/rotations/%24%7Bx%7D/schedule', /Invalid rotation: name/],
    ['/entity/component/default/..%2F..%2Fetc', /Invalid entity: name/],
    [
      '/fairness?from=2025-01-01T00:00:00Z&to=2026-12-01T00:00:00Z',
      /at most 366 days/,
    ],
  ])('refuses %s with a clear 400', async (url, message) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toMatch(message);
  });
});
