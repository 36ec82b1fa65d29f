import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  AccessAuditPage,
  AccessExplanation,
  AccessMatrix,
  AccessRole,
  AccessWhoCan,
} from '@localplus/plugin-access-common';
import { createFixtureAccessPolicyEngine } from '@localplus/plugin-access-node/testUtils';
import express from 'express';
import request from 'supertest';
import { auditEventsEverySecond } from './__testUtils__/auditEventFixture';
import { staticKnownPermissions } from './__testUtils__/staticKnownPermissions';
import { createRouter } from './router';
import { DefaultAccessService } from './services/AccessService';
import { DatabaseAuditTrailStore } from './services/AuditTrailStore';
import type { KnownPermissionsService } from './services/KnownPermissions';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const AUDE = mockCredentials.user.header('user:default/aude');

const ROUTES = [
  '/roles',
  '/matrix',
  '/who-can?permission=catalog.entity.delete',
  '/explain?user=user:default/dana&permission=catalog.entity.delete',
  '/audit',
];

async function createApp(
  options: {
    permissions?: PermissionsService;
    knownPermissions?: KnownPermissionsService;
  } = {},
) {
  const knex = await databases.init('SQLITE_3');
  const store = await DatabaseAuditTrailStore.create({
    database: { getClient: async () => knex },
  });
  const access = new DefaultAccessService({
    engine: createFixtureAccessPolicyEngine({ auth: mockServices.auth() }),
    knownPermissions: options.knownPermissions ?? staticKnownPermissions(),
    auditTrail: store,
  });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth({
      defaultCredentials: mockCredentials.none(),
    }),
    permissions:
      options.permissions ??
      mockServices.permissions({ result: AuthorizeResult.ALLOW }),
    access,
  });
  const app = express().use(router).use(mockErrorHandler());
  const get = (url: string) => request(app).get(url).set('Authorization', AUDE);
  return { app, get, store };
}

describe('the Access router', () => {
  it('answers 401 without credentials on every route, even with a bad query', async () => {
    const { app } = await createApp();
    for (const url of [...ROUTES, '/audit?limit=0', '/who-can']) {
      const response = await request(app).get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 401 });
    }
  });

  it('answers 403 on every route when the policy denies, before reading the query', async () => {
    const { get } = await createApp({
      permissions: mockServices.permissions({ result: AuthorizeResult.DENY }),
    });
    for (const url of [...ROUTES, '/who-can?permission=no.such']) {
      const response = await get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 403 });
    }
  });

  it('asks the audit permission for the trail and the policy permission for the rest', async () => {
    const asked: string[] = [];
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(({ permission }) => {
          asked.push(permission.name);
          return {
            result:
              permission.name === 'access.policy.read'
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          };
        }),
    });
    const { get } = await createApp({ permissions });
    const statuses = [];
    for (const url of ROUTES) {
      statuses.push((await get(url)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 403]);
    expect(asked).toEqual([
      'access.policy.read',
      'access.policy.read',
      'access.policy.read',
      'access.policy.read',
      'access.audit.read',
    ]);
  });

  it('lists each role with its groups and members', async () => {
    const { get } = await createApp();
    const response = await get('/roles');
    expect(response.status).toBe(200);
    const roles = response.body as AccessRole[];
    const auditor = roles.find(r => r.id === 'auditor');
    expect(auditor?.groups).toEqual(['group:default/auditors']);
    expect(auditor?.members).toEqual([
      expect.objectContaining({
        userRef: 'user:default/aude',
        displayName: 'Aude Auditor',
      }),
    ]);
  });

  it('draws the matrix over every known permission, with its plugin', async () => {
    const { get } = await createApp();
    const matrix = (await get('/matrix')).body as AccessMatrix;
    expect(matrix.roles).toHaveLength(7);
    const names = matrix.permissions.map(p => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'catalog.entity.delete',
        'scaffolder.task.create',
        'kubernetes.proxy',
        'access.audit.read',
      ]),
    );
    expect(
      matrix.permissions.find(p => p.name === 'kubernetes.proxy')?.pluginId,
    ).toBe('kubernetes');
    expect(matrix.cells['catalog.entity.delete'].auditor).toMatchObject({
      decision: 'conditional',
      ruleId: 'owners-refresh-and-unregister',
    });
    expect(matrix.cells['scaffolder.task.create'].auditor).toEqual({
      decision: 'deny',
      ruleId: 'default-deny',
    });
    expect(matrix.unavailablePlugins).toBeUndefined();
  });

  it('names the plugins whose permissions could not be read', async () => {
    const { get } = await createApp({
      knownPermissions: staticKnownPermissions(undefined, [
        { pluginId: 'slo', error: 'Request failed with 404 Not Found' },
      ]),
    });
    const matrix = (await get('/matrix')).body as AccessMatrix;
    expect(matrix.unavailablePlugins).toEqual([
      { pluginId: 'slo', error: 'Request failed with 404 Not Found' },
    ]);
    expect(matrix.permissions.length).toBeGreaterThan(10);

    const response = await get('/who-can?permission=slo.objective.read');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'Unknown permission "slo.objective.read" (the permissions of slo could not be read)',
    );
  });

  it('answers who may unregister an entity: its owners and the platform engineers', async () => {
    const { get } = await createApp();
    const response = await get(
      '/who-can?permission=catalog.entity.delete&resourceRef=component:default/svc-a',
    );
    expect(response.status).toBe(200);
    const whoCan = response.body as AccessWhoCan;
    expect(whoCan.allowed.map(a => a.userRef).sort()).toEqual([
      'user:default/ada',
      'user:default/dana',
      'user:default/lee',
      'user:default/pat',
    ]);
  });

  it('explains why the auditor may not unregister an entity', async () => {
    const { get } = await createApp();
    const response = await get(
      '/explain?user=aude&permission=catalog.entity.delete&resourceRef=component:default/svc-a',
    );
    expect(response.status).toBe(200);
    const explanation = response.body as AccessExplanation;
    expect(explanation).toMatchObject({
      userRef: 'user:default/aude',
      allowed: false,
      resourceRef: 'component:default/svc-a',
    });
    expect(explanation.reason).toEqual(expect.any(String));
    expect(explanation.rule.id).toEqual(expect.any(String));
  });

  it('answers 404 for an entity the catalog does not hold', async () => {
    const { get } = await createApp();
    const response = await get(
      '/explain?user=aude&permission=catalog.entity.delete&resourceRef=component:default/nope',
    );
    expect(response.status).toBe(404);
  });

  it('reads the audit trail newest first, by page and filter', async () => {
    const { get, store } = await createApp();
    await store.append(
      auditEventsEverySecond(5, undefined, i => ({
        outcome: i % 2 ? 'allowed' : 'denied',
      })),
    );

    const first = (await get('/audit?limit=2')).body as AccessAuditPage;
    expect(first.events.map(e => e.at)).toEqual([
      '2026-12-01T00:00:04.000Z',
      '2026-12-01T00:00:03.000Z',
    ]);
    const next = await get(
      `/audit?limit=2&before=${encodeURIComponent(first.nextBefore!)}`,
    );
    expect(next.status).toBe(200);
    expect((next.body as AccessAuditPage).events.map(e => e.at)).toEqual([
      '2026-12-01T00:00:02.000Z',
      '2026-12-01T00:00:01.000Z',
    ]);

    const denied = (
      await get(
        '/audit?outcome=denied&actor=user:default/ada-auditor&action=catalog.entity.delete&before=2026-12-01T00:00:03Z',
      )
    ).body as AccessAuditPage;
    expect(denied.events.map(e => e.at)).toEqual([
      '2026-12-01T00:00:02.000Z',
      '2026-12-01T00:00:00.000Z',
    ]);
  });

  /** What is wrong, the URL, and what the message must name. */
  const badQueries: Array<[string, string, string]> = [
    ['an unknown key on the roles', '/roles?extra=1', 'unknown extra'],
    [
      'an unknown key on the matrix',
      '/matrix?permission=x',
      'unknown permission',
    ],
    ['a missing permission', '/who-can', 'permission'],
    [
      'a repeated key',
      '/who-can?permission=catalog.entity.delete&permission=catalog.entity.read',
      'permission',
    ],
    ['an object', '/who-can?permission[$ne]=x', 'permission'],
    [
      'an unknown permission',
      '/who-can?permission=no.such.permission',
      'Unknown permission "no.such.permission"',
    ],
    [
      'an oversized permission',
      `/who-can?permission=${'a'.repeat(256)}`,
      'permission',
    ],
    ['a NUL', '/who-can?permission=catalog.entity.delete%00', 'permission'],
    [
      'a malformed ref',
      '/who-can?permission=catalog.entity.delete&resourceRef=a:b:c/d',
      'resourceRef',
    ],
    [
      'an oversized ref',
      `/who-can?permission=catalog.entity.delete&resourceRef=component:default/${'x'.repeat(
        600,
      )}`,
      'resourceRef',
    ],
    [
      'markup in a ref',
      '/who-can?permission=catalog.entity.delete&resourceRef=component:default/%3Cscript%3E',
      'resourceRef',
    ],
    ['a missing user', '/explain?permission=catalog.entity.delete', 'user'],
    [
      'a group as the user',
      '/explain?user=group:default/team-a&permission=catalog.entity.delete',
      'user',
    ],
    [
      'SQL as the user',
      '/explain?user=%27%3B%20DROP%20TABLE%20x%3B--&permission=catalog.entity.delete',
      'user',
    ],
    ['a limit of 0', '/audit?limit=0', 'limit'],
    ['a limit over 500', '/audit?limit=501', 'limit'],
    ['a negative limit', '/audit?limit=-1', 'limit'],
    ['an exponent', '/audit?limit=1e3', 'limit'],
    ['a huge limit', '/audit?limit=99999999999999999999', 'limit'],
    ['a word as the limit', '/audit?limit=abc', 'limit'],
    ['a word as the cursor', '/audit?before=yesterday', 'before'],
    [
      'a forged cursor',
      '/audit?before=2026-12-01T00:00:00Z~not-a-uuid',
      'before',
    ],
    ['an oversized cursor', `/audit?before=${'9'.repeat(101)}`, 'before'],
    ['an unknown outcome', '/audit?outcome=maybe', 'outcome'],
    ['a space in the actor', '/audit?actor=user%20default', 'actor'],
    ['SQL as the action', '/audit?action=%27%20OR%201%3D1', 'action'],
  ];

  it.each(badQueries)('answers 400 for %s', async (_, url, key) => {
    const { get } = await createApp();
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toContain(key);
  });
});
