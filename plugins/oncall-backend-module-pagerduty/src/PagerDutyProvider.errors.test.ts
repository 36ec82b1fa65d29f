import { HttpResponse } from 'msw';
import { catalogEntities, component } from './__fixtures__/catalogEntities';
import {
  checkoutAccount,
  pagerDutyError,
  PAGERDUTY_URL,
  setupPagerDutyMock,
  TOKEN,
} from './__testUtils__/pagerDutyApiMock';
import { providerFor } from './__testUtils__/providerFixture';

const pagerDuty = setupPagerDutyMock();

const OWNERS = ['group:default/team-checkout', 'group:default/team-payments'];
const POLICY_URL = 'https://acme.pagerduty.com/escalation_policies/PCHKEP1';

describe('PagerDutyProvider failures', () => {
  it('reports a refused token on every owner, and never logs or shows the token', async () => {
    pagerDuty.serve(checkoutAccount());
    pagerDuty.answer('/services', () =>
      pagerDutyError(401, `Unauthorized: ${TOKEN}`, 2006),
    );
    const { provider, logged } = providerFor(catalogEntities);

    const { rotations, problems } = await provider.listRotations();

    expect(rotations).toEqual([]);
    const message =
      'PagerDuty token refused (HTTP 401 on GET /services): oncall.pagerduty.token is missing, wrong or lacks read access';
    expect(problems).toEqual(
      OWNERS.map(entityRef => ({ entityRef, source: PAGERDUTY_URL, message })),
    );
    expect(logged()).toEqual([
      JSON.stringify([`PagerDuty on-call provider: ${message}`]),
    ]);
    expect(JSON.stringify({ problems, logged: logged() })).not.toContain(TOKEN);
  });

  it('reports a rate limit that does not lift as a problem, not a crash', async () => {
    pagerDuty.serve(checkoutAccount());
    pagerDuty.answer(
      '/users',
      () =>
        new HttpResponse(null, {
          status: 429,
          headers: { 'retry-after': '1' },
        }),
    );
    const { provider } = providerFor(catalogEntities);

    const { rotations, problems } = await provider.listRotations();

    expect(rotations).toEqual([]);
    expect(problems.map(p => p.message)).toEqual([
      'PagerDuty rate limit: GET /users was still refused with HTTP 429 after 3 retries and 3 s of waiting; try again later',
      'PagerDuty rate limit: GET /users was still refused with HTTP 429 after 3 retries and 3 s of waiting; try again later',
    ]);
  });

  it.each([
    [
      'a 500 twice',
      () => pagerDutyError(500, 'Internal Server Error', 2000),
      'with HTTP 500: Internal Server Error',
    ],
    [
      'malformed JSON',
      () => new HttpResponse('{"escalation_policies": [{', { status: 200 }),
      'with a body that is not JSON',
    ],
  ])('reports %s from a list as a problem', async (_, respond, detail) => {
    pagerDuty.serve(checkoutAccount());
    pagerDuty.answer('/escalation_policies', respond);
    const { provider } = providerFor(catalogEntities);

    const { rotations, problems } = await provider.listRotations();

    expect(rotations).toEqual([]);
    expect(problems[0].message).toContain(
      `PagerDuty answered GET /escalation_policies ${detail}`,
    );
  });

  it('leaves out a rotation whose schedule cannot be read, keeping the others', async () => {
    const account = checkoutAccount();
    account.schedules = account.schedules.filter(s => s.id !== 'PSECN01');
    account.escalation_policies[1].escalation_rules = [
      {
        escalation_delay_in_minutes: 30,
        targets: [{ id: 'PPRIM01', type: 'schedule_reference' }],
      },
    ];
    pagerDuty.serve(account);
    const entities = [
      ...catalogEntities,
      component('marketing-site', 'team-web', 'PSVCWEB'),
    ];

    const { rotations, problems } = await providerFor(
      entities,
    ).provider.listRotations();

    expect(rotations.map(r => r.definition.name)).toEqual([
      'pagerduty-pother1',
    ]);
    expect(problems).toEqual([
      {
        entityRef: 'group:default/team-payments',
        source: POLICY_URL,
        message:
          'PagerDuty has no /schedules/PSECN01 (HTTP 404: Not Found), or the token cannot see it',
      },
    ]);
  });

  it('keeps the rotation when its overrides cannot be read, saying so', async () => {
    pagerDuty.serve(checkoutAccount());
    pagerDuty.answer('/schedules/PPRIM01/overrides', () =>
      pagerDutyError(503, 'Service Unavailable', 2000),
    );

    const { rotations, problems } = await providerFor(
      catalogEntities,
    ).provider.listRotations();

    expect(rotations).toHaveLength(1);
    expect(rotations[0].providerOverrides).toEqual([]);
    expect(problems).toEqual([
      {
        entityRef: 'group:default/team-payments',
        source: POLICY_URL,
        message:
          'PagerDuty overrides not shown: PagerDuty answered GET /schedules/PPRIM01/overrides with HTTP 503: Service Unavailable',
      },
    ]);
  });

  it('reports annotations naming unknown services or no ids on their component', async () => {
    pagerDuty.serve(checkoutAccount());
    const entities = [
      ...catalogEntities,
      component('ghost', 'team-ghost', 'PNOSUCH'),
      component('garbled', 'team-ghost', 'PSVCAPI, <script>, ../x'),
    ];

    const { rotations, problems } = await providerFor(
      entities,
    ).provider.listRotations();

    expect(rotations[0].coveredEntities).toContain('component:default/garbled');
    expect(problems).toEqual([
      {
        entityRef: 'component:default/garbled',
        source: 'pagerduty.com/service-id',
        field: 'metadata.annotations["pagerduty.com/service-id"]',
        message:
          'pagerduty.com/service-id must list PagerDuty service ids separated by commas (such as PIJ90N7, PX2ABCD); not ids: "<script>", "../x"',
      },
      {
        entityRef: 'component:default/ghost',
        source: `${PAGERDUTY_URL}/services/PNOSUCH`,
        field: 'metadata.annotations["pagerduty.com/service-id"]',
        message:
          'PagerDuty has no service PNOSUCH (or the token cannot see it)',
      },
    ]);
  });

  it('reads a schedule without an IANA time zone in the configured fallback', async () => {
    const account = checkoutAccount();
    account.schedules[0].time_zone = 'Eastern Time (US & Canada)';
    pagerDuty.serve(account);

    const { rotations, problems } = await providerFor(
      catalogEntities,
    ).provider.listRotations();

    expect(rotations[0].definition.timeZone).toBe('UTC');
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'schedules/PPRIM01.time_zone',
        message:
          'schedule Checkout primary has the time zone "Eastern Time (US & Canada)", which is not an IANA name; read in UTC (oncall.pagerduty.timeZone)',
      }),
    ]);
  });
});
