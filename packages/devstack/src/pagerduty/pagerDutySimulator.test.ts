import {
  defaultCatalogDir,
  readCatalogEntities,
} from '../catalog/deployableComponents';
import {
  PagerDutySimulatorHandle,
  startPagerDutySimulator,
} from './startPagerDutySimulator';
import { buildViridialPagerDutyDataset } from './viridialPagerDuty';

const TOKEN = 'devstack-pagerduty-test-token';
/** Wednesday 14 January 2026. */
const NOW = new Date('2026-01-14T12:00:00Z');

let simulator: PagerDutySimulatorHandle;

beforeAll(async () => {
  simulator = await startPagerDutySimulator({
    port: 0,
    token: TOKEN,
    now: NOW,
    adminEndpoints: true,
  });
});

afterAll(async () => {
  await simulator.close();
});

afterEach(() => simulator.clearFaults());

/** The headers the PagerDuty module sends. */
const HEADERS = {
  Accept: 'application/vnd.pagerduty+json;version=2',
  Authorization: `Token token=${TOKEN}`,
};

async function get(path: string, headers: Record<string, string> = HEADERS) {
  const response = await fetch(`${simulator.url}${path}`, { headers });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: type.includes('json') ? JSON.parse(text) : undefined,
  };
}

/** Reads a list the way the module's client does: limit 100, offset, until more is false. */
async function readAll(path: string, key: string, limit = 100) {
  const items: any[] = [];
  for (let pages = 0; pages < 20; pages++) {
    const { status, body } = await get(
      `${path}?limit=${limit}&offset=${items.length}`,
    );
    expect(status).toBe(200);
    items.push(...body[key]);
    if (!body.more) return { items, pages: pages + 1 };
  }
  throw new Error(`${path} never stopped paging`);
}

describe('PagerDuty simulator', () => {
  it('refuses requests without the token, as PagerDuty does', async () => {
    const refused: Array<Record<string, string>> = [
      {},
      { Authorization: `Bearer ${TOKEN}` },
      { Authorization: 'Token token=wrong' },
    ];
    for (const headers of refused) {
      const res = await get('/users', headers);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: { message: 'Unauthorized', code: 2006 },
      });
    }
  });

  it('pages lists with offset, limit and more', async () => {
    const first = await get('/users?limit=2');
    expect(first.body).toMatchObject({
      limit: 2,
      offset: 0,
      more: true,
      total: null,
    });
    expect(first.body.users).toHaveLength(2);

    const { items, pages } = await readAll('/users', 'users', 2);
    expect(pages).toBe(2);
    expect(items.map(u => u.id)).toEqual(['PYCHRF1', 'PPRENA1', 'PNKLEI1']);
    expect((await get('/users?total=true')).body).toMatchObject({
      total: 3,
      limit: 25,
    });
  });

  it('serves what the module reads: services, their policy, its schedules and users', async () => {
    const services = (await readAll('/services', 'services')).items;
    const policies = (
      await readAll('/escalation_policies', 'escalation_policies')
    ).items;
    const users = (await readAll('/users', 'users')).items;

    expect(policies.map(p => p.name)).toEqual(['Viridial infrastructure']);
    const [policy] = policies;
    expect(services.every(s => s.escalation_policy.id === policy.id)).toBe(
      true,
    );
    expect(
      policy.escalation_rules.map((r: any) => [
        r.escalation_delay_in_minutes,
        r.targets.map((t: any) => `${t.type} ${t.summary}`),
      ]),
    ).toEqual([
      [15, ['schedule_reference Viridial primary']],
      [15, ['schedule_reference Viridial secondary']],
      [30, ['user_reference Nadia Klein']],
    ]);

    const since = '2026-01-14T12:00:00Z';
    const until = '2026-01-14T13:00:00Z';
    for (const target of policy.escalation_rules.slice(0, 2)) {
      const { status, body } = await get(
        `/schedules/${target.targets[0].id}?since=${since}&until=${until}&time_zone=Europe/Paris`,
      );
      expect(status).toBe(200);
      expect(body.schedule.time_zone).toBe('Europe/Paris');
      const [layer] = body.schedule.schedule_layers;
      expect(layer).toMatchObject({
        rotation_virtual_start: '2026-01-05T09:00:00-05:00',
        rotation_turn_length_seconds: 604800,
        restrictions: [],
      });
      const layerUsers = layer.users.map((u: any) => u.user.id);
      expect([...layerUsers].sort()).toEqual(users.map(u => u.id).sort());
    }
  });

  it('gives every PagerDuty user the e-mail of a Viridial catalog user, and maps only catalog components', () => {
    const entities = readCatalogEntities(defaultCatalogDir());
    const emails = new Map(
      entities
        .filter(e => e.kind === 'User')
        .map(e => [(e.spec as any).profile?.email, e.metadata.name]),
    );
    const components = new Map(
      entities
        .filter(e => e.kind === 'Component')
        .map(e => [e.metadata.name, e]),
    );
    const dataset = simulator.dataset;

    expect(dataset.users.map(u => emails.get(u.email))).toEqual([
      'yasmine-cherif',
      'paul-renard',
      'nadia-klein',
    ]);
    expect(dataset.componentAnnotations).toEqual({
      'viridial-kong-gateway': 'PVKONG1,PVKONG2',
      'viridial-identity-service': 'PVIDEN1',
      'viridial-property-service': 'PVPROP1',
      'viridial-search-service': 'PVSRCH1',
    });
    for (const name of Object.keys(dataset.componentAnnotations)) {
      expect(components.has(name)).toBe(true);
    }
    // The policy lists the gateway first: its owner owns the rotation.
    const firstService = dataset.escalationPolicies[0].services[0].id;
    expect(dataset.componentAnnotations['viridial-kong-gateway']).toContain(
      firstService,
    );
    expect(components.get('viridial-kong-gateway')?.spec.owner).toBe(
      'viridial-infra-team',
    );
  });

  it('includes schedule layers in the schedule list only when asked', async () => {
    const plain = await get('/schedules');
    const layered = await get('/schedules?include[]=schedule_layers');

    expect(plain.body.schedules[0].schedule_layers).toBeUndefined();
    expect(layered.body.schedules[0].schedule_layers).toHaveLength(1);
  });

  it('serves overrides within since/until, next Wednesday given to the one off duty', async () => {
    const res = await get(
      '/schedules/PVIRPRI/overrides?since=2026-01-14T00:00:00Z&until=2026-03-14T00:00:00Z',
    );
    const none = await get(
      '/schedules/PVIRPRI/overrides?since=2026-02-01T00:00:00Z&until=2026-03-01T00:00:00Z',
    );

    expect(res.body.overrides).toEqual([
      {
        id: 'PVOVR01',
        start: '2026-01-21T09:00:00+01:00',
        end: '2026-01-22T09:00:00+01:00',
        // Week 3 of the rotation: Nadia primary, Yasmine secondary.
        user: expect.objectContaining({
          id: 'PPRENA1',
          type: 'user_reference',
        }),
      },
    ]);
    expect(none.body.overrides).toEqual([]);
  });

  it("writes the override with Paris's summer offset in summer", () => {
    const dataset = buildViridialPagerDutyDataset({
      now: new Date('2026-07-01T12:00:00Z'),
    });

    expect(dataset.overrides.PVIRPRI[0]).toMatchObject({
      start: '2026-07-08T09:00:00+02:00',
      end: '2026-07-09T09:00:00+02:00',
    });
  });

  it('links every object to the address it was reached at', async () => {
    const { body } = await get('/services?limit=1');
    const [service] = body.services;

    expect(service.self).toBe(`${simulator.url}/services/PVKONG1`);
    expect(service.escalation_policy).toEqual({
      id: 'PVIRINF',
      type: 'escalation_policy_reference',
      summary: 'Viridial infrastructure',
      self: `${simulator.url}/escalation_policies/PVIRINF`,
      html_url: `${simulator.url}/web/escalation_policies/PVIRINF`,
    });
    const page = await get('/web/escalation_policies/PVIRINF', {});
    expect(page.status).toBe(200);
    expect(page.text).toContain('DEMO DATA');
    expect(page.text).toContain('<h1>Viridial infrastructure</h1>');
    const unknown = await get('/web/users/%3Cscript%3E', {});
    expect(unknown.text).toContain('No users &lt;script&gt;');
  });

  it.each([
    ['/users?limit=101', 'limit: Too big: expected number to be <=100'],
    ['/users?limit=abc', 'limit: Invalid input: expected number, received NaN'],
    ['/users?offset=-1', 'offset: Too small: expected number to be >=0'],
    ['/users?limit=1&limit=2', 'query parameter "limit" must be given once'],
    ['/schedules/pvirpri', 'request: must be a PagerDuty id'],
    ['/schedules?include[]=teams', 'invalid'],
    ['/schedules/PVIRPRI?time_zone=America/New_York', 'only in Europe/Paris'],
    ['/schedules/PVIRPRI/overrides', 'since: Invalid input'],
    [
      '/schedules/PVIRPRI/overrides?since=yesterday&until=now',
      'must be an ISO-8601 date-time',
    ],
  ])('answers %s with a 400 in PagerDuty form', async (path, message) => {
    const res = await get(path);

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(2001);
    expect(res.body.error.message.toLowerCase()).toContain(
      message.toLowerCase(),
    );
  });

  it('answers unknown objects with a 404 and writes with a 405', async () => {
    expect((await get('/schedules/PNOPE00')).body).toEqual({
      error: { message: 'Not Found', code: 2100 },
    });
    const write = await fetch(`${simulator.url}/schedules/PVIRPRI/overrides`, {
      method: 'POST',
      headers: HEADERS,
    });
    expect(write.status).toBe(405);
  });

  it('can be told to rate-limit, with a Retry-After the module honours', async () => {
    simulator.setFault({
      target: 'pagerduty',
      pathPrefix: '/users',
      status: 429,
      times: 1,
    });

    const limited = await get('/users');
    const after = await get('/users');

    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body.error.code).toBe(2020);
    expect(after.status).toBe(200);
  });
});
