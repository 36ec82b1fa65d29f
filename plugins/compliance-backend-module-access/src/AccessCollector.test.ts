import type { Entity } from '@backstage/catalog-model';
import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import { ACCESS_DECISION_TOPIC } from '@localplus/plugin-access-node';
import { accessFixturePolicyConfig } from '@localplus/plugin-access-node/testUtils';
import {
  AccessPolicyConfig,
  startCollectorBackend,
} from './__testUtils__/accessTestBackend';
import { collectionContext } from './__testUtils__/collectionContext';

jest.setTimeout(120_000);

const HOUR_MS = 3600_000;
/** After anything the backend itself records while the tests run. */
const EVENT_AT = '2031-03-01T12:00:00.000Z';
const hoursAfterEvent = (hours: number) =>
  new Date(Date.parse(EVENT_AT) + hours * HOUR_MS);

type Started = Awaited<ReturnType<typeof startCollectorBackend>>;

const byCheck = (observations: CollectedObservation[], check: string) => {
  const found = observations.filter(o => o.check === check);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('the access collector, against the Access backend with the production rules', () => {
  let started: Started;

  beforeAll(async () => {
    started = await startCollectorBackend({
      policy: accessFixturePolicyConfig,
    });
    await started.events!.publish({
      topic: ACCESS_DECISION_TOPIC,
      eventPayload: {
        at: EVENT_AT,
        actor: 'user:default/aude',
        action: 'catalog.entity.delete',
        outcome: 'denied',
        ruleId: 'default-deny',
        source: 'policy',
        pluginId: 'catalog',
      },
    });
    // The Access backend writes its trail in batches: wait for the event.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [observation] = await started.collector.collect(
        collectionContext(hoursAfterEvent(1), [
          { check: 'access.audit-trail' },
        ]),
      );
      if (observation.result === 'pass') break;
      if (Date.now() > deadline) throw new Error(observation.summary);
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  });

  afterAll(async () => {
    await started?.stop();
  });

  it('registers the access collector with its three checks', () => {
    expect(started.collectors).toHaveLength(1);
    expect(started.collector.id).toBe('access');
    expect(started.collector.checks.map(check => check.id)).toEqual([
      'policy',
      'admins',
      'audit-trail',
    ]);
  });

  it('passes the policy, with its rules and how many people hold each role', async () => {
    const observation = byCheck(
      await started.collector.collect(collectionContext(hoursAfterEvent(1))),
      'access.policy',
    );
    expect(observation).toMatchObject({
      subject: 'portal:access-policy',
      result: 'pass',
      method: 'examine',
      examined: [
        { type: 'access-api', href: '/api/access/matrix' },
        { type: 'access-api', href: '/api/access/roles' },
      ],
    });
    expect(observation.summary).toMatch(
      /^No permission other than reads is granted to every role \(\d+ permissions, 7 roles, 9 rules examined\)\.$/,
    );
    expect(observation.details).toMatchObject({
      rules: [
        ...accessFixturePolicyConfig.rules.map(r => r.id),
        'default-deny',
      ],
      roleMembers: { admin: 1, developer: 6, auditor: 1, security: 1 },
      grantedToEveryone: [],
    });
    expect(observation.details?.permissions).toBeGreaterThan(10);
  });

  it('passes the admins: one named person', async () => {
    const observation = byCheck(
      await started.collector.collect(collectionContext(hoursAfterEvent(1))),
      'access.admins',
    );
    expect(observation).toMatchObject({
      subject: 'portal:admins',
      result: 'pass',
      summary:
        '1 person holds the admin role, at most 5 allowed, each a named person: Ada Admin (user:default/ada).',
      details: {
        admins: ['user:default/ada'],
        count: 1,
        maxAdmins: 5,
        groups: ['group:default/portal-admins'],
      },
    });
  });

  it('fails the admins when there are more than params.maxAdmins', async () => {
    const [observation] = await started.collector.collect(
      collectionContext(hoursAfterEvent(1), [
        { check: 'access.admins', params: { maxAdmins: 0 } },
      ]),
    );
    expect(observation.result).toBe('fail');
    expect(observation.summary).toBe(
      '1 person holds the admin role, more than the 0 allowed.',
    );
  });

  it('passes the audit trail an hour after its newest event', async () => {
    const [observation] = await started.collector.collect(
      collectionContext(hoursAfterEvent(1), [{ check: 'access.audit-trail' }]),
    );
    expect(observation).toMatchObject({
      subject: 'portal:audit-trail',
      result: 'pass',
      details: {
        newestEventAt: EVENT_AT,
        silenceHours: 1,
        maxSilenceHours: 24,
      },
    });
    expect(observation.details?.eventsInWindow).toBeGreaterThanOrEqual(1);
    expect(observation.summary).toContain(
      `the newest, from ${EVENT_AT}, is 1 hour old, within 24 hours.`,
    );
  });

  it('fails the audit trail silent for longer than params.maxSilenceHours', async () => {
    const [late, tolerant] = await started.collector.collect(
      collectionContext(hoursAfterEvent(30), [
        { check: 'access.audit-trail' },
        { check: 'access.audit-trail', params: { maxSilenceHours: 48 } },
      ]),
    );
    expect(late.result).toBe('fail');
    expect(late.summary).toBe(
      `The access audit trail has been silent too long: the newest, from ${EVENT_AT}, is 30 hours old, more than the 24 hours allowed.`,
    );
    expect(tolerant.result).toBe('pass');
  });

  it('fails the audit trail for a window in which it recorded nothing', async () => {
    const [observation] = await started.collector.collect(
      collectionContext(hoursAfterEvent(24 * 60), [
        { check: 'access.audit-trail' },
      ]),
    );
    expect(observation.result).toBe('fail');
    expect(observation.summary).toMatch(
      new RegExp(
        `^The access audit trail recorded no event from .* to .*; its newest is from ${EVENT_AT.replace(
          /\./g,
          '\\.',
        )}\\.$`,
      ),
    );
    expect(observation.details).toMatchObject({ eventsInWindow: 0 });
  });

  it('reports invalid params as errors on the check, and one observation per distinct params', async () => {
    const observations = await started.collector.collect(
      collectionContext(hoursAfterEvent(1), [
        { check: 'access.admins', params: { maxAdmins: -1 } },
        { check: 'access.admins', params: { maxAdmins: 'five' } },
        { check: 'access.audit-trail', params: { maxSilenceHours: 1e9 } },
        { check: 'access.policy', params: { strict: true } },
        { check: 'access.admins', params: { maxAdmins: 3 } },
        { check: 'access.admins', params: { maxAdmins: 3 } },
        { check: 'catalog.owner' },
      ]),
    );
    expect(observations.map(o => [o.check, o.result, o.summary])).toEqual([
      [
        'access.admins',
        'error',
        'Not checked: Invalid params of access.admins: maxAdmins: must be at least 0.',
      ],
      [
        'access.admins',
        'error',
        'Not checked: Invalid params of access.admins: maxAdmins: must be a number of people.',
      ],
      [
        'access.audit-trail',
        'error',
        'Not checked: Invalid params of access.audit-trail: maxSilenceHours: must be at most 8784 (366 days).',
      ],
      [
        'access.policy',
        'error',
        'Not checked: Invalid params of access.policy: unknown strict.',
      ],
      ['access.admins', 'pass', expect.stringContaining('at most 3 allowed')],
    ]);
  });
});

/** Everyone may unregister entities and register locations; admins are all engineers. */
const PERMISSIVE_POLICY: AccessPolicyConfig = {
  ...accessFixturePolicyConfig,
  roles: {
    ...accessFixturePolicyConfig.roles,
    admin: {
      ...accessFixturePolicyConfig.roles.admin,
      groups: ['engineering'],
    },
  },
  rules: [
    ...accessFixturePolicyConfig.rules.slice(0, 1),
    {
      id: 'everyone-changes-the-catalog',
      description: 'Everyone unregisters entities and registers locations.',
      roles: '*',
      permissions: {
        names: ['catalog.entity.delete', 'catalog.location.create'],
      },
      decision: 'allow',
    },
    ...accessFixturePolicyConfig.rules.slice(1),
  ] as AccessPolicyConfig['rules'],
};

/** A platform account nobody named. */
const ROBOT: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'robot', namespace: 'default' },
  spec: { memberOf: ['platform-team'] },
};

describe('the access collector, against a policy granting too much', () => {
  let started: Started;

  beforeAll(async () => {
    started = await startCollectorBackend({
      policy: PERMISSIVE_POLICY,
      extraEntities: [ROBOT],
    });
  });

  afterAll(async () => {
    await started?.stop();
  });

  it('fails the policy, naming each permission granted to every role and its rules', async () => {
    const [observation] = await started.collector.collect(
      collectionContext(new Date(), [{ check: 'access.policy' }]),
    );
    expect(observation.result).toBe('fail');
    expect(observation.summary).toBe(
      '2 permissions other than reads are granted to every role: catalog.entity.delete (rule admins-do-everything, everyone-changes-the-catalog), catalog.location.create (rule admins-do-everything, everyone-changes-the-catalog).',
    );
    expect(observation.details?.grantedToEveryone).toEqual([
      {
        permission: 'catalog.entity.delete',
        rules: ['admins-do-everything', 'everyone-changes-the-catalog'],
      },
      {
        permission: 'catalog.location.create',
        rules: ['admins-do-everything', 'everyone-changes-the-catalog'],
      },
    ]);
  });

  it('fails the admins: too many, and one without a name', async () => {
    const [observation] = await started.collector.collect(
      collectionContext(new Date(), [{ check: 'access.admins' }]),
    );
    expect(observation.result).toBe('fail');
    expect(observation.summary).toBe(
      '7 people hold the admin role, more than the 5 allowed; not a named person in the catalog: user:default/robot.',
    );
    expect(observation.details).toMatchObject({
      count: 7,
      unnamed: ['user:default/robot'],
    });
  });

  it('fails the audit trail, which recorded nothing in its window', async () => {
    const [observation] = await started.collector.collect(
      collectionContext(new Date(Date.parse('2020-01-01T00:00:00Z')), [
        { check: 'access.audit-trail' },
      ]),
    );
    expect(observation).toMatchObject({
      result: 'fail',
      summary:
        'The access audit trail recorded no event from 2019-12-02T00:00:00.000Z to 2020-01-01T00:00:00.000Z.',
      details: { eventsInWindow: 0, newestEventAt: null },
    });
  });
});

describe('the access collector, without the Access backend', () => {
  let started: Started;

  beforeAll(async () => {
    started = await startCollectorBackend({});
  });

  afterAll(async () => {
    await started?.stop();
  });

  it('reports each check as an error naming the route and status', async () => {
    const observations = await started.collector.collect(
      collectionContext(new Date()),
    );
    const api = 'GET http://localhost:\\d+/api/access';
    expect(observations.map(o => [o.subject, o.result])).toEqual([
      ['portal:access-policy', 'error'],
      ['portal:admins', 'error'],
      ['portal:audit-trail', 'error'],
    ]);
    const [policy, admins, audit] = observations.map(o => o.summary);
    expect(policy).toMatch(
      new RegExp(
        `^The access policy was not read: ${api}/roles answered 404 Not Found`,
      ),
    );
    expect(admins).toMatch(
      new RegExp(
        `^The admins were not read: ${api}/roles answered 404 Not Found`,
      ),
    );
    expect(audit).toMatch(
      new RegExp(
        `^The access audit trail was not read: ${api}/audit\\?before=[^ ]+&limit=500 answered 404 Not Found`,
      ),
    );
  });
});
