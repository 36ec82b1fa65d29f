import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  parseRotationFile,
  RotationDefinition,
} from '@localplus/plugin-oncall-common';
import type {
  OnCallProvider,
  ProvidedRotation,
} from '@localplus/plugin-oncall-node';
import { createRotationServiceHarness } from '../../__testUtils__/rotationServiceHarness';
import {
  groupEntity,
  userEntity,
  weeklyRotationYaml,
} from '../../__testUtils__/rotationFiles';
import { Organisation, OrganisationSource } from '../Organisation';
import type { OverrideStore } from '../OverrideStore';
import { DefaultRotationService } from './DefaultRotationService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const FRIDAY = new Date('2026-12-04T12:00:00.000Z');

function definition(
  name: string,
  owner: string,
  covers?: string[],
): RotationDefinition {
  const parsed = parseRotationFile(weeklyRotationYaml({ name, covers }), {
    source: `./${name}.yaml`,
    owner,
  });
  return parsed.definition!;
}

function provided(
  provider: string,
  def: RotationDefinition,
  extra: Partial<ProvidedRotation> = {},
): ProvidedRotation {
  return {
    provider,
    source: `${provider}:${def.name}`,
    definition: def,
    ...extra,
  };
}

const emptyStore: OverrideStore = {
  create: async () => [],
  get: async () => undefined,
  listActive: async () => [],
  cancel: async () => [],
  listChanges: async () => [],
};

async function organisationOf(): Promise<OrganisationSource> {
  const organisation = Organisation.fromEntities({
    groups: [
      await groupEntity('/nowhere', { name: 'engineering' }),
      await groupEntity('/nowhere', {
        name: 'team-loyalty',
        parent: 'engineering',
      }),
      await groupEntity('/nowhere', { name: 'oncall', parent: 'engineering' }),
      await groupEntity('/nowhere', { name: 'other' }),
    ],
    users: [userEntity('alice', ['oncall'])],
    components: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'svc-ledger' },
        spec: { owner: 'team-loyalty' },
      },
    ],
  });
  return {
    current: async () => organisation,
    ownerOf: async ref => organisation.component(ref)?.owner,
  };
}

function service(
  providers: OnCallProvider[],
  organisation: OrganisationSource,
  {
    store = emptyStore,
    logger = mockServices.logger.mock(),
    emptyReadWaitMs,
  }: {
    store?: OverrideStore;
    logger?: LoggerService;
    emptyReadWaitMs?: number;
  } = {},
) {
  return new DefaultRotationService({
    providers,
    overrideStore: store,
    organisation,
    logger,
    emptyReadWaitMs,
    now: () => FRIDAY,
  });
}

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

  it('reads again when the last read found nothing and is 2 s old (the catalog still ingesting), and answers from that read', async () => {
    let reads = 0;
    let ingested = false;
    const native: OnCallProvider = {
      id: 'native',
      listRotations: async () => {
        reads += 1;
        return {
          rotations: ingested
            ? [provided('native', definition('weekly', 'group:default/oncall'))]
            : [],
          problems: [],
        };
      },
    };
    const logger = mockServices.logger.mock();
    const wallClock = jest.spyOn(Date, 'now');
    try {
      wallClock.mockReturnValue(1_000_000);
      const rotations = service([native], await organisationOf(), { logger });
      expect((await rotations.list()).rotations).toEqual([]);
      wallClock.mockReturnValue(1_001_000);
      expect((await rotations.list()).rotations).toEqual([]);
      expect(reads).toBe(1);
      // A page view during the ingest reads again, and still finds nothing.
      wallClock.mockReturnValue(1_003_000);
      expect((await rotations.list()).rotations).toEqual([]);
      expect(reads).toBe(2);
      ingested = true;
      // 3 s after that read (a compliance run, say): read again, and waited for.
      wallClock.mockReturnValue(1_006_000);
      expect(
        (await rotations.list()).rotations.map(r => r.definition.name),
      ).toEqual(['weekly']);
      expect(reads).toBe(3);
      expect(logger.info).toHaveBeenCalledWith(
        'On-call rotations found: 1, after a read that found none',
      );
      expect(
        (await rotations.list()).rotations.map(r => r.definition.name),
      ).toEqual(['weekly']);
      wallClock.mockReturnValue(1_100_000);
      await rotations.list();
      expect(reads).toBe(3);
    } finally {
      wallClock.mockRestore();
    }
  });

  it('answers from an empty read once it has waited for a read again that hangs, and reads once for every caller', async () => {
    let reads = 0;
    const native: OnCallProvider = {
      id: 'native',
      listRotations: () => {
        reads += 1;
        return reads === 1
          ? Promise.resolve({ rotations: [], problems: [] })
          : new Promise(() => {});
      },
    };
    const wallClock = jest.spyOn(Date, 'now');
    try {
      wallClock.mockReturnValue(1_000_000);
      const rotations = service([native], await organisationOf(), {
        emptyReadWaitMs: 300,
      });
      await rotations.list();
      wallClock.mockReturnValue(1_020_000);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => rotations.list()),
      );
      expect(answers.map(answer => answer.rotations)).toEqual(
        Array.from({ length: 20 }, () => []),
      );
      expect(reads).toBe(2);
    } finally {
      wallClock.mockRestore();
    }
  });

  it('waits for a slow read again (a busy machine at startup) rather than answering empty', async () => {
    let reads = 0;
    const native: OnCallProvider = {
      id: 'native',
      listRotations: async () => {
        reads += 1;
        if (reads === 1) {
          return { rotations: [], problems: [] };
        }
        await new Promise(resolve => setTimeout(resolve, 2_500));
        return {
          rotations: [
            provided('native', definition('weekly', 'group:default/oncall')),
          ],
          problems: [],
        };
      },
    };
    const wallClock = jest.spyOn(Date, 'now');
    try {
      wallClock.mockReturnValue(1_000_000);
      const rotations = service([native], await organisationOf());
      expect((await rotations.list()).rotations).toEqual([]);
      wallClock.mockReturnValue(1_030_000);
      expect(
        (await rotations.list()).rotations.map(r => r.definition.name),
      ).toEqual(['weekly']);
    } finally {
      wallClock.mockRestore();
    }
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
