import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { onCallCatalog, user, WEEKLY } from './__testUtils__/onCallCatalog';
import {
  DENIED,
  NO_FAIRNESS,
  startOnCallBackend,
} from './__testUtils__/startOnCallBackend';

jest.setTimeout(60_000);

const ID = '00000000-0000-4000-8000-000000000000';
const override = {
  role: 'primary',
  start: '2026-12-08T09:00:00Z',
  end: '2026-12-09T09:00:00Z',
  user: 'bob',
  reason: 'r',
};

/** Every route of the on-call core, with a body that would be accepted. */
const ROUTES: Array<
  [method: 'get' | 'post' | 'delete', url: string, body?: object]
> = [
  ['get', '/rotations'],
  ['get', `/rotations/${WEEKLY}`],
  ['get', `/rotations/${WEEKLY}/schedule`],
  ['get', `/rotations/${WEEKLY}/changes`],
  ['post', `/rotations/${WEEKLY}/overrides`, override],
  [
    'post',
    `/rotations/${WEEKLY}/swaps`,
    {
      role: 'primary',
      firstShiftStart: '2026-12-07T09:00:00Z',
      secondShiftStart: '2026-12-14T09:00:00Z',
      reason: 'r',
    },
  ],
  ['delete', `/overrides/${ID}`, { reason: 'r' }],
  ['get', '/entity/component/default/svc-ledger'],
  ['get', '/now'],
  ['get', '/coverage'],
  ['get', '/fairness'],
  ['get', '/fairness.csv'],
  ['get', '/me/shifts'],
];

/** Who may call the on-call routes, asked of the real permission backend. */
describe("the on-call backend's access checks", () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let askedPermissions: string[];
  let folder: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-access-'));
    ({ backend, askedPermissions } = await startOnCallBackend({
      entities: await onCallCatalog(folder),
      clock: { at: new Date('2026-12-04T12:00:00.000Z') },
    }));
  });

  afterAll(async () => {
    await backend?.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  const call = (
    [method, url, body]: (typeof ROUTES)[number],
    authorization?: string,
  ) => {
    const pending = request(backend.server)[method](`/api/oncall${url}`);
    if (authorization) {
      pending.set('Authorization', authorization);
    }
    return body ? pending.send(body) : pending;
  };

  it('refuses callers without credentials on every route', async () => {
    for (const route of ROUTES) {
      const response = await call(route);
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 401,
      });
    }
  });

  it('refuses every route to a person the policy denies, before changing anything', async () => {
    askedPermissions.length = 0;
    for (const route of ROUTES) {
      const response = await call(route, mockCredentials.user.header(DENIED));
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 403,
      });
      expect(response.body.error.name).toBe('NotAllowedError');
    }
    expect(new Set(askedPermissions)).toEqual(
      new Set([
        'oncall.schedule.read',
        'oncall.override.create',
        'oncall.override.delete',
        'oncall.fairness.read',
      ]),
    );
    const changes = await call(
      ['get', `/rotations/${WEEKLY}/changes`],
      mockCredentials.user.header(user('alice')),
    );
    expect(changes.body).toEqual([]);
  });

  it('asks the policy nothing but reads on the read routes, so opening a page is not recorded as a change', async () => {
    const reads = ROUTES.filter(([method]) => method === 'get');
    askedPermissions.length = 0;
    for (const route of reads) {
      const response = await call(
        route,
        mockCredentials.user.header(user('alice')),
      );
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 200,
      });
    }
    expect(new Set(askedPermissions)).toEqual(
      new Set(['oncall.schedule.read', 'oncall.fairness.read']),
    );
  });

  it('keeps the fairness report from a person who may read the rest', async () => {
    for (const url of ['/fairness', '/fairness.csv']) {
      const response = await call(
        ['get', url],
        mockCredentials.user.header(NO_FAIRNESS),
      );
      expect({ url, status: response.status }).toEqual({ url, status: 403 });
      expect(response.body.error.message).toMatch(/oncall\.fairness\.read/);
    }
    const now = await call(
      ['get', '/now'],
      mockCredentials.user.header(NO_FAIRNESS),
    );
    expect(now.status).toBe(200);
  });

  it('lets services read, but only people change overrides or ask for their own shifts', async () => {
    const service = mockCredentials.service.header();
    expect((await call(['get', '/now'], service)).status).toBe(200);
    for (const route of ROUTES.filter(
      ([method, url]) => method !== 'get' || url === '/me/shifts',
    )) {
      const response = await call(route, service);
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 403,
      });
    }
  });

  it('declares its permissions to the permission framework', async () => {
    const response = await request(backend.server)
      .get('/api/oncall/.well-known/backstage/permissions/metadata')
      .set('Authorization', mockCredentials.service.header());
    expect(response.status).toBe(200);
    expect(response.body.permissions.map((p: any) => p.name).sort()).toEqual([
      'oncall.calendar.manage',
      'oncall.fairness.read',
      'oncall.override.create',
      'oncall.override.delete',
      'oncall.page.acknowledge',
      'oncall.schedule.read',
    ]);
  });
});
