import { TestDatabases } from '@backstage/backend-test-utils';
import type { OnCallProvider } from '@localplus/plugin-oncall-node';
import { createRotationServiceHarness } from '../../__testUtils__/rotationServiceHarness';
import {
  definition,
  emptyStore,
  FRIDAY,
  organisationOf,
  provided,
  service,
} from '../../__testUtils__/rotationServiceFixtures';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('DefaultRotationService', () => {
  it('answers who is on call for 50 teams with one override query, reading the catalog once per kind', async () => {
    const knex = await databases.init('SQLITE_3');
    const harness = await createRotationServiceHarness({
      teams: 50,
      knex,
      now: () => FRIDAY,
    });
    try {
      const at = FRIDAY.toISOString();
      const answer = async () => {
        const { rotations } = await harness.rotations.list();
        return Promise.all(
          rotations.map(r => harness.rotations.onCallAt(r.definition.name, at)),
        );
      };
      const first = await answer();
      expect(first).toHaveLength(50);
      // Week 3 of the cycle: the third person primary, the fourth secondary.
      expect(first[0].primary?.user).toBe('user:default/team-001-person-3');
      expect(first[49].secondary?.user).toBe('user:default/team-050-person-4');
      await answer();
      await harness.rotations.people(['user:default/team-001-person-1']);
      expect(harness.stats.overrideQueries).toBe(1);
      // The provider's group query, then groups, users and components once.
      expect(harness.stats.catalogQueries).toBe(4);
    } finally {
      await harness.cleanup();
    }
  });

  it('asks the store again after a change on this replica, and for instants long past', async () => {
    const listActive = jest.fn(async () => []);
    const rotations = service(
      [
        {
          id: 'native',
          listRotations: async () => ({
            rotations: [
              provided('native', definition('weekly', 'group:default/oncall')),
            ],
            problems: [],
          }),
        },
      ],
      await organisationOf(),
      { store: { ...emptyStore, listActive } },
    );
    await rotations.onCallAt('weekly', FRIDAY.toISOString());
    await rotations.onCallAt('weekly', FRIDAY.toISOString());
    expect(listActive).toHaveBeenCalledTimes(1);
    rotations.forgetOverrides();
    await rotations.onCallAt('weekly', FRIDAY.toISOString());
    expect(listActive).toHaveBeenCalledTimes(2);
    await rotations.onCallAt('weekly', '2026-06-01T00:00:00.000Z');
    expect(listActive).toHaveBeenLastCalledWith({
      rotation: 'weekly',
      from: '2026-04-06T00:00:00.000Z',
      to: '2026-09-21T00:00:00.000Z',
    });
  });

  it("keeps a failing provider's last rotations, says so, and leaves the others alone", async () => {
    let failing = false;
    const flaky: OnCallProvider = {
      id: 'pagerduty',
      async listRotations() {
        if (failing) {
          throw new Error('PagerDuty answered 503');
        }
        return {
          rotations: [
            provided(
              'pagerduty',
              definition('pd-weekly', 'group:default/other'),
            ),
          ],
          problems: [],
        };
      },
    };
    const native: OnCallProvider = {
      id: 'native',
      listRotations: async () => ({
        rotations: [
          provided('native', definition('weekly', 'group:default/oncall')),
        ],
        problems: [],
      }),
    };
    const rotations = service([native, flaky], await organisationOf());
    expect((await rotations.list()).rotations).toHaveLength(2);
    failing = true;
    await rotations.refresh();
    const { rotations: kept, problems } = await rotations.list();
    expect(kept.map(r => r.definition.name)).toEqual(['weekly', 'pd-weekly']);
    expect(problems).toEqual([
      {
        entityRef: 'provider:pagerduty',
        source: 'pagerduty',
        message:
          'The pagerduty provider could not be read (PagerDuty answered 503); its rotations are shown as last read',
      },
    ]);
  });

  it('leaves out a rotation whose name an earlier provider took', async () => {
    const rotations = service(
      [
        {
          id: 'native',
          listRotations: async () => ({
            rotations: [
              provided('native', definition('weekly', 'group:default/oncall')),
            ],
            problems: [],
          }),
        },
        {
          id: 'pagerduty',
          listRotations: async () => ({
            rotations: [
              provided(
                'pagerduty',
                definition('weekly', 'group:default/other'),
              ),
            ],
            problems: [],
          }),
        },
      ],
      await organisationOf(),
    );
    const { rotations: list, problems } = await rotations.list();
    expect(list.map(r => r.provider)).toEqual(['native']);
    expect(problems).toEqual([
      expect.objectContaining({
        entityRef: 'group:default/other',
        field: 'metadata.name',
      }),
    ]);
  });

  it('finds the rotations answering for groups and components', async () => {
    const rotations = service(
      [
        {
          id: 'native',
          listRotations: async () => ({
            rotations: [
              provided(
                'native',
                definition('weekly', 'group:default/oncall', ['engineering']),
              ),
              provided(
                'native',
                definition('other-weekly', 'group:default/other'),
              ),
              provided(
                'native',
                definition('mapped', 'group:default/other', [
                  'group:default/nobody',
                ]),
                {
                  coveredEntities: ['Component:default/svc-ledger'],
                },
              ),
            ],
            problems: [],
          }),
        },
      ],
      await organisationOf(),
    );
    const names = async (ref: string) =>
      (await rotations.rotationsFor(ref)).map(r => r.definition.name);
    expect(await names('component:default/svc-ledger')).toEqual([
      'weekly',
      'mapped',
    ]);
    expect(await names('group:default/team-loyalty')).toEqual(['weekly']);
    expect(await names('group:default/oncall')).toEqual(['weekly']);
    expect(await names('group:default/other')).toEqual([
      'other-weekly',
      'mapped',
    ]);
    expect(await names('component:default/unknown')).toEqual([]);
  });

  it('names people the catalog does not know by their ref', async () => {
    const rotations = service([], await organisationOf());
    expect(
      await rotations.people(['user:default/alice', 'user:default/ghost']),
    ).toEqual({
      'user:default/alice': expect.objectContaining({ displayName: 'Alice' }),
      'user:default/ghost': { ref: 'user:default/ghost', displayName: 'ghost' },
    });
    expect(await rotations.groupMembers('group:default/engineering')).toEqual([
      'user:default/alice',
    ]);
  });

  it('answers NotFoundError for unknown rotations', async () => {
    const rotations = service([], await organisationOf());
    await expect(
      rotations.onCallAt('nope', FRIDAY.toISOString()),
    ).rejects.toThrow('No rotation named nope');
  });
});
