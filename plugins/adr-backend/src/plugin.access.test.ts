import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  DENIED,
  DOCS,
  READER,
  startAdrBackend,
} from './__testUtils__/startAdrBackend';

jest.setTimeout(60_000);

const record = {
  entityRef: DOCS,
  title: 'Adopt OpenSLO',
  context: 'We need one format for objectives.',
  decision: 'We adopt OpenSLO v1.',
};

/** Every route, with parameters that would be accepted. */
const ROUTES: Array<[method: 'get' | 'post', url: string, body?: object]> = [
  ['get', '/decisions'],
  ['get', '/decisions/component/default/docs/0001-use-kafka'],
  ['get', '/graph'],
  ['get', '/problems'],
  ['get', '/review'],
  ['post', '/refresh', { entityRef: DOCS }],
  ['post', '/records', record],
];

/** Who may call the ADR routes, asked of the real permission backend. */
describe("the ADR backend's access checks", () => {
  let harness: Awaited<ReturnType<typeof startAdrBackend>>;

  beforeAll(async () => {
    harness = await startAdrBackend();
  });

  afterAll(() => harness?.stop());

  const call = (
    [method, url, body]: (typeof ROUTES)[number],
    authorization?: string,
  ) => {
    const pending = request(harness.server)[method](`/api/adr${url}`);
    if (authorization) {
      pending.set('Authorization', authorization);
    }
    return body ? pending.send(body) : pending;
  };
  const total = async () =>
    (await call(['get', '/decisions'], mockCredentials.service.header())).body
      .total;

  it('refuses callers without credentials on every route', async () => {
    for (const route of ROUTES) {
      const response = await call(route);
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 401,
      });
    }
  });

  it('refuses every route to a person the policy denies, changing nothing', async () => {
    const before = await total();
    harness.askedPermissions.length = 0;
    harness.auditor.createEvent.mockClear();
    for (const route of ROUTES) {
      const response = await call(route, mockCredentials.user.header(DENIED));
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 403,
      });
      expect(response.body.error.name).toBe('NotAllowedError');
    }
    expect(new Set(harness.askedPermissions)).toEqual(
      new Set([
        'adr.decision.read',
        'adr.decision.create',
        'adr.index.refresh',
      ]),
    );
    expect(harness.auditor.createEvent).not.toHaveBeenCalled();
    expect(await total()).toBe(before);
  });

  it('lets a reader read but neither refresh nor propose', async () => {
    const reader = mockCredentials.user.header(READER);
    const refusals: string[] = [];
    for (const route of ROUTES) {
      const response = await call(route, reader);
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: route[0] === 'get' ? 200 : 403,
      });
      if (response.status === 403) {
        refusals.push(response.body.error.message);
      }
    }
    expect(refusals).toEqual([
      'The access policy does not grant you adr.index.refresh',
      'The access policy does not grant you adr.decision.create',
    ]);
  });

  it('lets services read and refresh', async () => {
    const service = mockCredentials.service.header();
    for (const route of ROUTES.filter(([, url]) => url !== '/records')) {
      const response = await call(route, service);
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 200,
      });
    }
    const review = await call(['get', '/review'], service);
    expect(review.body.awaitingYou).toEqual([]);
  });

  it('declares its permissions to the permission framework', async () => {
    const response = await request(harness.server)
      .get('/api/adr/.well-known/backstage/permissions/metadata')
      .set('Authorization', mockCredentials.service.header());
    expect(response.status).toBe(200);
    expect(
      response.body.permissions.map((p: { name: string }) => p.name).sort(),
    ).toEqual([
      'adr.decision.create',
      'adr.decision.read',
      'adr.index.refresh',
    ]);
  });
});
