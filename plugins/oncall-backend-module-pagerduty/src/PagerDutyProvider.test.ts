import {
  computeSchedule,
  onCallAt,
  PAGERDUTY_SERVICE_ANNOTATION,
  type Shift,
} from '@localplus/plugin-oncall-common';
import {
  catalogEntities,
  catalogUsers,
  component,
} from './__fixtures__/catalogEntities';
import {
  checkoutAccount,
  setupPagerDutyMock,
} from './__testUtils__/pagerDutyApiMock';
import { NOW, providerFor } from './__testUtils__/providerFixture';

const pagerDuty = setupPagerDutyMock();

/** Shifts as `role user start..end` lines, short enough to read in a diff. */
const lines = (shifts: Shift[]) =>
  shifts.map(
    s =>
      `${s.role} ${s.user.replace('user:default/', '')} ${s.start.slice(
        0,
        16,
      )}..${s.end.slice(0, 16)}`,
  );

async function checkoutRotation() {
  pagerDuty.serve(checkoutAccount());
  const { rotations, problems } = await providerFor(
    catalogEntities,
  ).provider.listRotations();
  expect(problems).toEqual([]);
  expect(rotations).toHaveLength(1);
  return rotations[0];
}

describe('PagerDutyProvider', () => {
  it('maps the escalation policy a catalog component reaches to one rotation', async () => {
    const rotation = await checkoutRotation();

    expect(rotation).toMatchObject({
      provider: 'pagerduty',
      source: 'https://acme.pagerduty.com/escalation_policies/PCHKEP1',
      // Ordered as the policy lists its services: payments first.
      coveredEntities: [
        'component:default/payments-gateway',
        'component:default/checkout-api',
      ],
    });
    const { layers, ...definition } = rotation.definition;
    expect(definition).toEqual({
      name: 'pagerduty-pchkep1',
      title: 'Checkout',
      description:
        'Pages for the checkout services. Read from the PagerDuty escalation policy Checkout (PCHKEP1); change it in PagerDuty.',
      owner: 'group:default/team-payments',
      covers: [],
      timeZone: 'America/New_York',
      handoff: {
        description:
          'Every week, Monday 09:00 America/New_York (Checkout primary: Layer 1)',
        syncMinutes: 0,
      },
      escalation: [
        {
          afterMinutes: 0,
          title: 'Primary on call (Checkout primary)',
          target: { type: 'role', role: 'primary' },
        },
        {
          afterMinutes: 15,
          title: 'Secondary on call (Checkout secondary)',
          target: { type: 'role', role: 'secondary' },
        },
        {
          afterMinutes: 35,
          title: 'Ken Thompson',
          target: { type: 'user', ref: 'user:default/ken' },
        },
      ],
      acknowledgeTargets: { P1: 5, P2: 15, P3: 60 },
    });
    expect(layers.map(l => [l.name, l.role, l.members.length])).toEqual([
      ['Checkout primary: Layer 1', 'primary', 3],
      ['Checkout primary: Business hours', 'primary', 2],
      ['Checkout secondary: Layer 1', 'secondary', 3],
    ]);
  });

  it('gives the engine the same people PagerDuty would put on call', async () => {
    const { definition, providerOverrides } = await checkoutRotation();

    // Monday 12 January 09:00 New York (14:00Z) to the next Monday.
    const shifts = computeSchedule(definition, providerOverrides ?? [], {
      from: '2026-01-12T14:00:00Z',
      to: '2026-01-19T14:00:00Z',
    });

    // Weekdays, Monday 09:00 to Friday 17:00, belong to the business-hours
    // layer (Ken and Margaret by the day); the weekly layer shows through
    // for the rest of the week (Grace in week 2). Secondary: Linus all week.
    expect(lines(shifts)).toEqual([
      'primary ken 2026-01-12T14:00..2026-01-13T14:00',
      'primary margaret 2026-01-13T14:00..2026-01-14T14:00',
      'primary ken 2026-01-14T14:00..2026-01-15T14:00',
      'primary margaret 2026-01-15T14:00..2026-01-16T14:00',
      'primary ken 2026-01-16T14:00..2026-01-16T22:00',
      'primary grace 2026-01-16T22:00..2026-01-19T14:00',
      'secondary linus 2026-01-12T14:00..2026-01-19T14:00',
    ]);
  });

  it('keeps handoffs at 09:00 New York time across the DST change', async () => {
    const { definition } = await checkoutRotation();

    // 2026-03-08 New York moves to UTC-4: Monday's handoff is then 13:00Z.
    expect(
      onCallAt(definition, [], '2026-03-09T12:30:00Z').secondary?.user,
    ).toBe('user:default/ada');
    expect(
      onCallAt(definition, [], '2026-03-09T13:30:00Z').secondary?.user,
    ).toBe('user:default/grace');
    // Saturday: only the weekly layer, turn 9 of [ada, grace, linus].
    expect(onCallAt(definition, [], '2026-03-14T16:00:00Z').primary?.user).toBe(
      'user:default/ada',
    );
  });

  it("shows PagerDuty's overrides as read-only overrides of the role", async () => {
    const { definition, providerOverrides } = await checkoutRotation();

    expect(providerOverrides).toEqual([
      {
        id: 'pagerduty-povr001',
        rotation: 'pagerduty-pchkep1',
        role: 'primary',
        start: '2026-01-21T14:00:00.000Z',
        end: '2026-01-22T14:00:00.000Z',
        user: 'user:default/ken',
        reason: 'Override made in PagerDuty (read-only here)',
        createdBy: 'pagerduty',
        createdAt: NOW.toISOString(),
      },
    ]);
    // Wednesday 21 January would be Margaret's business-hours day.
    expect(
      onCallAt(definition, providerOverrides!, '2026-01-21T15:00:00Z').primary,
    ).toMatchObject({
      user: 'user:default/ken',
      overrideId: 'pagerduty-povr001',
    });
    const overrideQuery = pagerDuty.requests.find(r =>
      r.path.endsWith('/PPRIM01/overrides'),
    )!.query;
    expect(overrideQuery.get('since')).toBe('2026-01-05T12:00:00.000Z');
    expect(overrideQuery.get('until')).toBe('2026-03-13T12:00:00.000Z');
  });

  it('asks for the secondary schedule in the primary schedule time zone', async () => {
    await checkoutRotation();

    const secondary = pagerDuty.requests.find(
      r => r.path === '/schedules/PSECN01',
    );
    expect(secondary?.query.get('time_zone')).toBe('America/New_York');
  });

  it('reads the policies reached by several services of one component once, and each policy of a component', async () => {
    pagerDuty.serve(checkoutAccount());
    const entities = [
      ...catalogEntities,
      component('marketing-site', 'team-web', 'PSVCWEB,PSVCAPI'),
    ];

    const { rotations, problems } = await providerFor(
      entities,
    ).provider.listRotations();

    expect(problems).toEqual([]);
    expect(
      rotations.map(r => [
        r.definition.name,
        r.definition.owner,
        r.coveredEntities,
      ]),
    ).toEqual([
      [
        'pagerduty-pchkep1',
        'group:default/team-payments',
        [
          'component:default/payments-gateway',
          'component:default/checkout-api',
          'component:default/marketing-site',
        ],
      ],
      [
        'pagerduty-pother1',
        'group:default/team-web',
        ['component:default/marketing-site'],
      ],
    ]);
  });

  it('keeps a PagerDuty user without a catalog user, naming the e-mail in a problem', async () => {
    pagerDuty.serve(checkoutAccount());
    const entities = catalogEntities.filter(e => e.metadata.name !== 'linus');

    const { rotations, problems } = await providerFor(
      entities,
    ).provider.listRotations();

    expect(problems).toEqual([
      {
        entityRef: 'group:default/team-payments',
        source: 'https://acme.pagerduty.com/escalation_policies/PCHKEP1',
        field: 'schedules/PPRIM01.schedule_layers[0].users[2]',
        message:
          'No catalog user has the e-mail linus@acme.example of PagerDuty user Linus Torvalds (PLINUS1); shown as user:default/pagerduty-plinus1',
      },
    ]);
    expect(rotations[0].definition.layers[0].members).toEqual([
      'user:default/ada',
      'user:default/grace',
      'user:default/pagerduty-plinus1',
    ]);
  });

  it('reads only the annotated components from the catalog, however large it is', async () => {
    pagerDuty.serve(checkoutAccount());
    const { provider, catalog } = providerFor([
      ...catalogEntities,
      ...Array.from({ length: 300 }, (_, i) =>
        component(`unmapped-${i}`, 'team-docs'),
      ),
    ]);
    const reads = jest.spyOn(catalog, 'getEntities');

    const { rotations } = await provider.listRotations();

    expect(rotations).toHaveLength(1);
    const components = await reads.mock.results[0].value;
    expect(
      components.items.map(
        (e: { metadata: { name: string } }) => e.metadata.name,
      ),
    ).toEqual(
      catalogEntities
        .filter(
          e =>
            e.kind === 'Component' &&
            e.metadata.annotations?.[PAGERDUTY_SERVICE_ANNOTATION],
        )
        .map(e => e.metadata.name),
    );
  });

  it('does not call PagerDuty when no component carries the annotation', async () => {
    pagerDuty.serve(checkoutAccount());

    const result = await providerFor([
      component('docs-site', 'team-docs'),
      ...catalogUsers,
    ]).provider.listRotations();

    expect(result).toEqual({ rotations: [], problems: [] });
    expect(pagerDuty.requests).toEqual([]);
  });
});
