import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
  type AuthorizePermissionRequest,
  type QueryPermissionRequest,
} from '@backstage/plugin-permission-common';
import { ReadDecisionCache } from './ReadDecisionCache';

const entityRead = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});
const scheduleRead = createPermission({
  name: 'oncall.schedule.read',
  attributes: { action: 'read' },
});
const overrideCreate = createPermission({
  name: 'oncall.override.create',
  attributes: { action: 'create' },
});
const unlabelled = createPermission({
  name: 'x.something.use',
  attributes: {},
});

function signedIn(
  userEntityRef: string,
  options: { expiresAt?: Date | null; actor?: string } = {},
): { credentials: BackstageCredentials } {
  const expiresAt =
    options.expiresAt === null
      ? undefined
      : options.expiresAt ?? new Date('2026-12-05T12:00:00Z');
  return {
    credentials: {
      $$type: '@backstage/BackstageCredentials',
      expiresAt,
      principal: {
        type: 'user',
        userEntityRef,
        ...(options.actor
          ? { actor: { type: 'service', subject: options.actor } }
          : {}),
      },
    } as BackstageCredentials,
  };
}

/** A permission backend that answers ALLOW (or what `answer` says) and counts. */
function countingPermissions(
  answer: (name: string) => AuthorizeResult = () => AuthorizeResult.ALLOW,
) {
  const asked: string[][] = [];
  const inner = {
    authorize: jest.fn(async (requests: AuthorizePermissionRequest[]) => {
      asked.push(requests.map(r => r.permission.name));
      return requests.map(r => ({ result: answer(r.permission.name) }));
    }),
    authorizeConditional: jest.fn(async (queries: QueryPermissionRequest[]) => {
      asked.push(queries.map(q => `conditional ${q.permission.name}`));
      return queries.map(q => ({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: q.permission.name,
          params: {},
        },
      })) as any;
    }),
  };
  return { inner: inner as unknown as PermissionsService, asked, mocks: inner };
}

function setup(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000;
  const backend = countingPermissions();
  const cache = new ReadDecisionCache(backend.inner, {
    ttlMs: options.ttlMs ?? 10_000,
    maxEntries: options.maxEntries,
    now: () => now,
  });
  return {
    cache,
    ...backend,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('ReadDecisionCache', () => {
  it('answers a repeated read check for the same sign-in without asking again', async () => {
    const { cache, asked } = setup();
    const lucas = signedIn('user:default/lucas-bernard');
    for (let i = 0; i < 3; i++) {
      await expect(
        cache.authorize([{ permission: scheduleRead }], lucas),
      ).resolves.toEqual([{ result: AuthorizeResult.ALLOW }]);
    }
    expect(asked).toEqual([['oncall.schedule.read']]);
  });

  it('asks again once the decision is older than its time to live', async () => {
    const { cache, asked, advance } = setup({ ttlMs: 10_000 });
    const lucas = signedIn('user:default/lucas-bernard');
    await cache.authorize([{ permission: scheduleRead }], lucas);
    advance(9_999);
    await cache.authorize([{ permission: scheduleRead }], lucas);
    expect(asked).toHaveLength(1);
    advance(2);
    await cache.authorize([{ permission: scheduleRead }], lucas);
    expect(asked).toHaveLength(2);
  });

  it('always asks for create, update, delete and unlabelled permissions (the policy audits them)', async () => {
    const { cache, asked } = setup();
    const lucas = signedIn('user:default/lucas-bernard');
    await cache.authorize([{ permission: overrideCreate }], lucas);
    await cache.authorize([{ permission: overrideCreate }], lucas);
    await cache.authorize([{ permission: unlabelled }], lucas);
    await cache.authorize([{ permission: unlabelled }], lucas);
    expect(asked).toEqual([
      ['oncall.override.create'],
      ['oncall.override.create'],
      ['x.something.use'],
      ['x.something.use'],
    ]);
  });

  it('keeps people, sign-ins and the plugin asking on their behalf apart', async () => {
    const { cache, asked } = setup();
    const checks = [
      signedIn('user:default/lucas-bernard'),
      signedIn('user:default/camille-petit'),
      signedIn('user:default/lucas-bernard', {
        expiresAt: new Date('2026-12-05T13:00:00Z'),
      }),
      signedIn('user:default/lucas-bernard', { actor: 'plugin:slo' }),
    ];
    for (const options of checks) {
      await cache.authorize([{ permission: scheduleRead }], options);
    }
    expect(asked).toHaveLength(4);
    for (const options of checks) {
      await cache.authorize([{ permission: scheduleRead }], options);
    }
    expect(asked).toHaveLength(4);
  });

  it('reads an expiry kept as text (credentials restored from storage) like a date', async () => {
    const { cache, asked } = setup();
    const restored = signedIn('user:default/lucas-bernard');
    (restored.credentials as any).expiresAt = '2026-12-05T12:00:00.000Z';
    await cache.authorize([{ permission: scheduleRead }], restored);
    await cache.authorize(
      [{ permission: scheduleRead }],
      signedIn('user:default/lucas-bernard'),
    );
    expect(asked).toHaveLength(1);
    (restored.credentials as any).expiresAt = 'not a date';
    await cache.authorize([{ permission: scheduleRead }], restored);
    await cache.authorize([{ permission: scheduleRead }], restored);
    expect(asked).toHaveLength(3);
  });

  it('does not keep decisions for services, anonymous callers or credentials without expiry', async () => {
    const { cache, asked } = setup();
    const callers = [
      { credentials: mockCredentials.service('plugin:catalog') },
      { credentials: mockCredentials.none() },
      signedIn('user:default/lucas-bernard', { expiresAt: null }),
    ];
    for (const options of [...callers, ...callers]) {
      await cache.authorize([{ permission: scheduleRead }], options);
    }
    expect(asked).toHaveLength(6);
  });

  it('keeps definitive and conditional answers, and each resource, apart', async () => {
    const { cache, asked } = setup();
    const lucas = signedIn('user:default/lucas-bernard');
    const ledger = 'component:default/svc-ledger';
    const wallet = 'component:default/svc-wallet';
    await cache.authorizeConditional([{ permission: entityRead }], lucas);
    await cache.authorize(
      [{ permission: entityRead, resourceRef: ledger }],
      lucas,
    );
    await cache.authorize(
      [{ permission: entityRead, resourceRef: wallet }],
      lucas,
    );
    const conditional = await cache.authorizeConditional(
      [{ permission: entityRead }],
      lucas,
    );
    await cache.authorize(
      [{ permission: entityRead, resourceRef: ledger }],
      lucas,
    );
    expect(conditional[0].result).toBe(AuthorizeResult.CONDITIONAL);
    expect(asked).toEqual([
      ['conditional catalog.entity.read'],
      ['catalog.entity.read'],
      ['catalog.entity.read'],
    ]);
  });

  it('sends concurrent identical checks as one request', async () => {
    const { cache, mocks } = setup();
    const lucas = signedIn('user:default/lucas-bernard');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        cache.authorize([{ permission: scheduleRead }], lucas),
      ),
    );
    expect(mocks.authorize).toHaveBeenCalledTimes(1);
    expect(new Set(answers.map(a => a[0].result))).toEqual(
      new Set([AuthorizeResult.ALLOW]),
    );
  });

  it('asks only for what it does not hold, and answers in the order asked', async () => {
    const backend = countingPermissions(name =>
      name === 'oncall.schedule.read'
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    );
    const cache = new ReadDecisionCache(backend.inner);
    const lucas = signedIn('user:default/lucas-bernard');
    await cache.authorize([{ permission: scheduleRead }], lucas);
    const answers = await cache.authorize(
      [
        { permission: overrideCreate },
        { permission: scheduleRead },
        { permission: entityRead, resourceRef: 'component:default/svc-ledger' },
      ],
      lucas,
    );
    expect(answers.map(a => a.result)).toEqual([
      AuthorizeResult.DENY,
      AuthorizeResult.ALLOW,
      AuthorizeResult.DENY,
    ]);
    expect(backend.asked).toEqual([
      ['oncall.schedule.read'],
      ['oncall.override.create', 'catalog.entity.read'],
    ]);
  });

  it('keeps a denial like an allowance', async () => {
    const backend = countingPermissions(() => AuthorizeResult.DENY);
    const cache = new ReadDecisionCache(backend.inner);
    const guest = signedIn('user:default/guest');
    await cache.authorize([{ permission: scheduleRead }], guest);
    await expect(
      cache.authorize([{ permission: scheduleRead }], guest),
    ).resolves.toEqual([{ result: AuthorizeResult.DENY }]);
    expect(backend.asked).toHaveLength(1);
  });

  it('does not keep a failed request', async () => {
    const { cache, mocks } = setup();
    const lucas = signedIn('user:default/lucas-bernard');
    mocks.authorize.mockRejectedValueOnce(new Error('permission backend down'));
    await expect(
      cache.authorize([{ permission: scheduleRead }], lucas),
    ).rejects.toThrow('permission backend down');
    await expect(
      cache.authorize([{ permission: scheduleRead }], lucas),
    ).resolves.toEqual([{ result: AuthorizeResult.ALLOW }]);
    expect(mocks.authorize).toHaveBeenCalledTimes(2);
  });

  it('holds at most maxEntries decisions, dropping the least recently used', async () => {
    const { cache, asked } = setup({ maxEntries: 2 });
    const people = ['a', 'b', 'c'].map(n => signedIn(`user:default/${n}`));
    for (const options of people) {
      await cache.authorize([{ permission: scheduleRead }], options);
    }
    await cache.authorize([{ permission: scheduleRead }], people[2]);
    expect(asked).toHaveLength(3);
    await cache.authorize([{ permission: scheduleRead }], people[0]);
    expect(asked).toHaveLength(4);
  });
});
