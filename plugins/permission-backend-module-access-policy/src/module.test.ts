import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import request from 'supertest';
import { accessFixturePolicyConfig } from '@localplus/plugin-access-node/testUtils';
import {
  startPolicyTestBackend,
  testDatabaseConfig,
} from './__testUtils__/startPolicyTestBackend';
import { as, uidOf, waitForFixture } from './__testUtils__/requests';
import { permissionModuleAccessPolicy } from './module';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

async function createTask(server: any, user: string) {
  return as(server, user).post('/api/scaffolder/v2/tasks', {
    templateRef: 'template:default/hello',
    values: {},
  });
}

describe('the access policy in a running backend', () => {
  it.each(databases.eachSupportedId())(
    'decides catalog and scaffolder actions by role and ownership, on %p',
    async databaseId => {
      const database = await testDatabaseConfig(databases, databaseId);
      const backend = await startPolicyTestBackend({ database });
      const { server, decisions } = backend;
      try {
        await waitForFixture(server);

        // Unregister: owners and platform engineers only.
        expect(
          (
            await as(server, 'dana').delete(
              `/api/catalog/entities/by-uid/${await uidOf(server, 'svc-b')}`,
            )
          ).status,
        ).toBe(403);
        expect(
          (
            await as(server, 'aude').delete(
              `/api/catalog/entities/by-uid/${await uidOf(server, 'svc-a')}`,
            )
          ).status,
        ).toBe(403);
        expect(
          (
            await as(server, 'dana').delete(
              `/api/catalog/entities/by-uid/${await uidOf(server, 'svc-a')}`,
            )
          ).status,
        ).toBe(204);
        // Owned by product-teams, the parent of dana's team-a.
        expect(
          (
            await as(server, 'dana').delete(
              `/api/catalog/entities/by-uid/${await uidOf(
                server,
                'svc-shared',
              )}`,
            )
          ).status,
        ).toBe(204);
        expect(
          (
            await as(server, 'pat').delete(
              `/api/catalog/entities/by-uid/${await uidOf(server, 'svc-b')}`,
            )
          ).status,
        ).toBe(204);

        // Refresh: the same rule.
        expect(
          (
            await as(server, 'otto').post('/api/catalog/refresh', {
              entityRef: 'component:default/svc-platform',
            })
          ).status,
        ).toBe(403);
        expect(
          (
            await as(server, 'ada').post('/api/catalog/refresh', {
              entityRef: 'component:default/svc-platform',
            })
          ).status,
        ).toBe(200);

        // Registering a location: never auditors.
        const register = {
          type: 'url',
          target:
            'https://github.com/localplus/svc-x/blob/main/catalog-info.yaml',
        };
        expect(
          (await as(server, 'aude').post('/api/catalog/locations', register))
            .status,
        ).toBe(403);
        expect(
          (await as(server, 'nora').post('/api/catalog/locations', register))
            .status,
        ).toBe(403);

        // Template runs: builders start them, each sees their own.
        expect((await createTask(server, 'aude')).status).toBe(403);
        const danaTask = await createTask(server, 'dana');
        expect(danaTask.status).toBe(201);
        const leeTask = await createTask(server, 'lee');
        expect(leeTask.status).toBe(201);

        const listed = async (user: string) => {
          const res = await as(server, user).get('/api/scaffolder/v2/tasks');
          expect(res.status).toBe(200);
          return res.body.tasks.map((task: { id: string }) => task.id).sort();
        };
        expect(await listed('dana')).toEqual([danaTask.body.id]);
        expect(await listed('lee')).toEqual([leeTask.body.id]);
        expect(await listed('aude')).toEqual([]);
        expect(await listed('pat')).toEqual(
          [danaTask.body.id, leeTask.body.id].sort(),
        );
        expect(
          (
            await as(server, 'lee').get(
              `/api/scaffolder/v2/tasks/${danaTask.body.id}`,
            )
          ).status,
        ).toBe(403);
        expect(
          (
            await as(server, 'dana').get(
              `/api/scaffolder/v2/tasks/${danaTask.body.id}`,
            )
          ).status,
        ).toBe(200);

        // The decisions taken while the catalog and the scaffolder acted
        // reached the events bus with the rule that decided.
        await new Promise(resolve => setTimeout(resolve, 200));
        expect(decisions).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              actor: 'user:default/dana',
              action: 'catalog.entity.delete',
              outcome: 'conditional',
              ruleId: 'owners-refresh-and-unregister',
              source: 'policy',
              pluginId: 'catalog',
            }),
            expect.objectContaining({
              actor: 'user:default/pat',
              action: 'catalog.entity.delete',
              outcome: 'allowed',
              ruleId: 'platform-engineers-operate',
            }),
            expect.objectContaining({
              actor: 'user:default/aude',
              action: 'catalog.location.create',
              outcome: 'denied',
              ruleId: 'default-deny',
            }),
            expect.objectContaining({
              actor: 'user:default/aude',
              action: 'scaffolder.task.create',
              outcome: 'denied',
            }),
          ]),
        );
        expect(decisions.every(d => !/\.read$/.test(d.action))).toBe(true);
        expect(decisions.every(d => !Number.isNaN(Date.parse(d.at)))).toBe(
          true,
        );
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'filters entity lists in the database under an owner condition, on %p',
    async databaseId => {
      const database = await testDatabaseConfig(databases, databaseId);
      // A stricter organisation: people read only what they own.
      const access = {
        ...accessFixturePolicyConfig,
        rules: [
          ...accessFixturePolicyConfig.rules.map(rule =>
            rule.id === 'everyone-reads'
              ? {
                  ...rule,
                  permissions: {
                    ...rule.permissions,
                    excludeNames: [
                      'catalog.entity.read',
                      'scaffolder.task.read',
                      'access.*',
                    ],
                  },
                }
              : rule,
          ),
          {
            id: 'owners-read',
            description: 'Owners read their entities.',
            roles: '*',
            permissions: { names: ['catalog.entity.read'] },
            decision: 'owner',
          },
        ],
      };
      const backend = await startPolicyTestBackend({ database, access });
      const { server } = backend;
      try {
        await waitForFixture(server);
        const components = async (user: string) => {
          const res = await as(server, user).get(
            '/api/catalog/entities/by-query?filter=kind=component&orderField=metadata.name,asc',
          );
          expect(res.status).toBe(200);
          return {
            names: res.body.items.map((e: any) => e.metadata.name),
            total: res.body.totalItems,
          };
        };
        expect(await components('dana')).toEqual({
          names: ['svc-a', 'svc-shared'],
          total: 2,
        });
        expect(await components('otto')).toEqual({
          names: ['svc-b', 'svc-shared'],
          total: 2,
        });
        expect(await components('aude')).toEqual({ names: [], total: 0 });
        expect(await components('pat')).toEqual({
          names: ['svc-a', 'svc-b', 'svc-platform', 'svc-shared'],
          total: 4,
        });
        expect(
          (
            await as(server, 'aude').get(
              '/api/catalog/entities/by-name/component/default/svc-a',
            )
          ).status,
        ).toBe(404);
      } finally {
        await backend.stop();
      }
    },
  );
});

describe('startup without a policy', () => {
  const start = (data: object) =>
    startTestBackend({
      features: [
        permissionPlugin,
        permissionModuleAccessPolicy,
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true }, ...data },
        }),
      ],
    });

  it('refuses to start when localplus.access is missing', async () => {
    await expect(start({})).rejects.toThrow(
      /localplus\.access is missing: the backend refuses to start without an access policy/,
    );
  });

  it('refuses to start with no rules, naming the key', async () => {
    await expect(
      start({
        localplus: { access: { ...accessFixturePolicyConfig, rules: [] } },
      }),
    ).rejects.toThrow(/localplus\.access\.rules: Too small/);
  });

  it('starts with a policy', async () => {
    const backend = await start({
      localplus: { access: accessFixturePolicyConfig },
    });
    const health = await request(backend.server).get('/api/permission/health');
    expect(health.status).toBe(200);
    await backend.stop();
  });
});
