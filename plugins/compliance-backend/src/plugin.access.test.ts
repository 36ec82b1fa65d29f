import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  ALICE,
  AUDITOR,
  databaseSnapshot,
  LEDGER_SERVICE,
  OUTSIDER,
  SAM,
  startComplianceBackend,
} from './__testUtils__/startComplianceBackend';

jest.setTimeout(60_000);

type Method = 'get' | 'post';
interface Route {
  method: Method;
  url: string;
  permission: string;
  body?: object;
  /** Routes only people may call: an exemption names who asked and who decided. */
  peopleOnly?: boolean;
  /** The answer when allowed. */
  allowed: number;
}

const exemptionBody = {
  controlId: 'service-tier',
  subject: LEDGER_SERVICE,
  justification: 'Decommissioned before the end of the quarter.',
  expiresAt: '2027-01-31T00:00:00Z',
};

/** Every route, with parameters it accepts; `:id` is an exemption asked for by Alice. */
const ROUTES: Route[] = [
  {
    method: 'get',
    url: '/status',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'get',
    url: '/frameworks',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'get',
    url: '/controls/service-ownership',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'get',
    url: '/observations?check=catalog.owner',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'get',
    url: '/entity/component/default/svc-ledger',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'get',
    url: '/me/failing',
    permission: 'compliance.control.read',
    peopleOnly: true,
    allowed: 200,
  },
  {
    method: 'get',
    url: '/runs',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'post',
    url: '/runs',
    permission: 'compliance.evaluation.run',
    allowed: 202,
  },
  {
    method: 'get',
    url: '/exemptions?status=requested',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'post',
    url: '/exemptions',
    body: exemptionBody,
    permission: 'compliance.exemption.request',
    peopleOnly: true,
    allowed: 201,
  },
  {
    method: 'post',
    url: '/exemptions/:id/approve',
    body: {},
    permission: 'compliance.exemption.decide',
    peopleOnly: true,
    allowed: 200,
  },
  {
    method: 'post',
    url: '/exemptions/:id/reject',
    body: { comment: 'Tier it instead.' },
    permission: 'compliance.exemption.decide',
    peopleOnly: true,
    allowed: 200,
  },
  {
    method: 'get',
    url: '/collectors',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'get',
    url: '/ledger/verify',
    permission: 'compliance.control.read',
    allowed: 200,
  },
  {
    method: 'get',
    url: '/export',
    permission: 'compliance.evidence.export',
    allowed: 200,
  },
];

/** Who may call the compliance routes, asked of the real permission backend. */
describe("the compliance backend's access checks", () => {
  let harness: Awaited<ReturnType<typeof startComplianceBackend>>;

  beforeAll(async () => {
    harness = await startComplianceBackend();
  });

  afterAll(() => harness?.stop());

  let subjects = 0;
  /** A fresh exemption asked for by Alice, for the decision routes. */
  const askedExemption = async () => {
    subjects += 1;
    const response = await request(harness.server)
      .post('/api/compliance/exemptions')
      .set('Authorization', mockCredentials.user.header(ALICE))
      .send({
        ...exemptionBody,
        subject: `repository:localplus/repo-${subjects}`,
      });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  const call = async (route: Route, authorization?: string) => {
    const url = route.url.includes(':id')
      ? route.url.replace(':id', await askedExemption())
      : route.url;
    const pending = request(harness.server)[route.method](
      `/api/compliance${url}`,
    );
    if (authorization) {
      pending.set('Authorization', authorization);
    }
    // Each request for an exemption names a new subject: one per subject stands at a time.
    const body =
      route.url === '/exemptions'
        ? {
            ...route.body,
            subject: `repository:localplus/asked-${(subjects += 1)}`,
          }
        : route.body;
    return body ? pending.send(body) : pending;
  };

  it('refuses callers without credentials on every route', async () => {
    for (const route of ROUTES) {
      const response = await call(route);
      expect({ route: route.url, status: response.status }).toEqual({
        route: route.url,
        status: 401,
      });
    }
  });

  it('refuses every route to a person granted nothing, asking the policy and changing nothing', async () => {
    const before = await databaseSnapshot(harness.database);
    const events = harness.auditEvents.length;
    harness.askedPermissions.length = 0;
    for (const route of ROUTES.filter(r => !r.url.includes(':id'))) {
      const response = await call(route, mockCredentials.user.header(OUTSIDER));
      expect({ route: route.url, status: response.status }).toEqual({
        route: route.url,
        status: 403,
      });
      expect(response.body.error).toMatchObject({
        name: 'NotAllowedError',
        message: `The access policy does not grant you ${route.permission}`,
      });
    }
    expect(harness.askedPermissions).toEqual(
      ROUTES.filter(r => !r.url.includes(':id')).map(r => r.permission),
    );
    expect(harness.auditEvents).toHaveLength(events);
    expect(await databaseSnapshot(harness.database)).toEqual(before);
  });

  it.each([
    [
      'the auditor',
      AUDITOR,
      ['compliance.control.read', 'compliance.evidence.export'],
    ],
    [
      'an engineer',
      ALICE,
      [
        'compliance.control.read',
        'compliance.exemption.request',
        'compliance.evaluation.run',
      ],
    ],
    [
      'security',
      SAM,
      [
        'compliance.control.read',
        'compliance.exemption.request',
        'compliance.exemption.decide',
        'compliance.evaluation.run',
        'compliance.evidence.export',
      ],
    ],
  ])(
    'lets %s call exactly the routes of their permissions',
    async (_, who, granted) => {
      for (const route of ROUTES) {
        const response = await call(route, mockCredentials.user.header(who));
        const expected = granted.includes(route.permission)
          ? route.allowed
          : 403;
        expect({ route: route.url, status: response.status }).toEqual({
          route: route.url,
          status: expected,
        });
      }
    },
  );

  it('lets services read, run and export, but not act on exemptions or ask for "me"', async () => {
    const refusals: string[] = [];
    for (const route of ROUTES) {
      const response = await call(route, mockCredentials.service.header());
      expect({ route: route.url, status: response.status }).toEqual({
        route: route.url,
        status: route.peopleOnly ? 403 : route.allowed,
      });
      refusals.push(
        ...(response.status === 403 ? [response.body.error.message] : []),
      );
    }
    expect(refusals).toEqual(
      ROUTES.filter(route => route.peopleOnly).map(
        () => "This endpoint does not allow 'service' credentials",
      ),
    );
  });

  it('declares its permissions to the permission framework', async () => {
    const response = await request(harness.server)
      .get('/api/compliance/.well-known/backstage/permissions/metadata')
      .set('Authorization', mockCredentials.service.header());
    expect(response.status).toBe(200);
    expect(
      response.body.permissions.map((p: { name: string }) => p.name).sort(),
    ).toEqual([
      'compliance.control.read',
      'compliance.evaluation.run',
      'compliance.evidence.export',
      'compliance.exemption.decide',
      'compliance.exemption.request',
    ]);
  });
});
