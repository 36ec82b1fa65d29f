import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import type { EventParams } from '@backstage/plugin-events-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  taskCreatePermission,
  taskReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import { ACCESS_DECISION_TOPIC } from '@localplus/plugin-access-node';
import { createFixtureAccessPolicyEngine } from '@localplus/plugin-access-node/testUtils';
import { AccessPermissionPolicy } from './AccessPermissionPolicy';
import { createDecisionRecorder } from './decisionRecorder';

function setup(
  engine = createFixtureAccessPolicyEngine({ auth: mockServices.auth() }),
) {
  const published: EventParams[] = [];
  const events = {
    publish: async (params: EventParams) => {
      published.push(params);
    },
    subscribe: async () => {},
  };
  const logger = mockServices.logger.mock();
  const record = createDecisionRecorder({
    events,
    logger,
    now: () => new Date('2026-12-04T10:00:00Z'),
  });
  return {
    policy: new AccessPermissionPolicy(engine, record, logger),
    published,
    logger,
  };
}

/** A page asking about a button: the person's own credentials. */
const user = (ref: string): PolicyQueryUser => ({
  credentials: mockCredentials.user(ref),
  info: { userEntityRef: ref, ownershipEntityRefs: [ref] },
});

/**
 * A plugin asking on the person's behalf while it acts: the actor's subject
 * as the backend's on-behalf-of tokens carry it.
 */
const actingFor = (ref: string, plugin: string): PolicyQueryUser => ({
  credentials: mockCredentials.user(ref, {
    actor: { subject: `plugin:${plugin}` },
  }),
  info: { userEntityRef: ref, ownershipEntityRefs: [ref] },
});

describe('AccessPermissionPolicy', () => {
  it('turns owner grants into database conditions with the ancestors as claims', async () => {
    const { policy } = setup();
    const decision = await policy.handle(
      { permission: catalogEntityDeletePermission },
      user('user:default/dana'),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: [
            'user:default/dana',
            'group:default/engineering',
            'group:default/org',
            'group:default/product-teams',
            'group:default/team-a',
          ],
        },
      },
    });
    expect(
      await policy.handle(
        { permission: taskReadPermission },
        user('user:default/Dana'),
      ),
    ).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'scaffolder',
      conditions: {
        rule: 'IS_TASK_OWNER',
        params: { createdBy: ['user:default/Dana', 'user:default/dana'] },
      },
    });
  });

  it('records the decisions on changes a plugin makes for a person, not the questions of pages', async () => {
    const { policy, published } = setup();
    // Pages asking which buttons to show: not recorded.
    await policy.handle(
      { permission: taskCreatePermission },
      user('user:default/aude'),
    );
    await policy.handle(
      { permission: catalogEntityDeletePermission },
      user('user:default/dana'),
    );
    // Reads are never recorded, even while acting.
    await policy.handle(
      { permission: catalogEntityReadPermission },
      actingFor('user:default/aude', 'catalog'),
    );
    // Acting: refused, conditional and allowed decisions are recorded.
    await policy.handle(
      { permission: taskCreatePermission },
      actingFor('user:default/aude', 'scaffolder'),
    );
    await policy.handle(
      { permission: catalogEntityDeletePermission },
      actingFor('user:default/dana', 'catalog'),
    );
    await policy.handle(
      { permission: taskCreatePermission },
      actingFor('user:default/dana', 'scaffolder'),
    );
    expect(published.map(p => p.topic)).toEqual([
      ACCESS_DECISION_TOPIC,
      ACCESS_DECISION_TOPIC,
      ACCESS_DECISION_TOPIC,
    ]);
    expect(published.map(p => p.eventPayload)).toEqual([
      {
        at: '2026-12-04T10:00:00.000Z',
        actor: 'user:default/aude',
        action: 'scaffolder.task.create',
        outcome: 'denied',
        ruleId: 'default-deny',
        source: 'policy',
        pluginId: 'scaffolder',
        detail: 'Asked by the scaffolder plugin. Held roles: auditor.',
      },
      expect.objectContaining({
        actor: 'user:default/dana',
        action: 'catalog.entity.delete',
        outcome: 'conditional',
        ruleId: 'owners-refresh-and-unregister',
      }),
      expect.objectContaining({
        actor: 'user:default/dana',
        action: 'scaffolder.task.create',
        outcome: 'allowed',
        ruleId: 'builders-register-and-create',
      }),
    ]);
  });

  it('denies a request without a signed-in person', async () => {
    const { policy, published } = setup();
    expect(
      await policy.handle({ permission: catalogEntityReadPermission }),
    ).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(
      await policy.handle({ permission: catalogEntityDeletePermission }),
    ).toEqual({
      result: AuthorizeResult.DENY,
    });
    // Nobody acts without a person: nothing for the audit trail.
    expect(published).toEqual([]);
  });

  it('denies, and says why in the log, when the roles cannot be read', async () => {
    const engine = createFixtureAccessPolicyEngine({
      auth: mockServices.auth(),
    });
    engine.decide = async () => {
      throw new Error('catalog unreachable');
    };
    const { policy, logger } = setup(engine);
    expect(
      await policy.handle(
        { permission: catalogEntityReadPermission },
        user('user:default/pat'),
      ),
    ).toEqual({ result: AuthorizeResult.DENY });
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'could not resolve the roles of user:default/pat',
      ),
    );
  });

  it('keeps deciding when publishing fails', async () => {
    const engine = createFixtureAccessPolicyEngine({
      auth: mockServices.auth(),
    });
    const logger = mockServices.logger.mock();
    const record = createDecisionRecorder({
      events: {
        publish: async () => {
          throw new Error('bus down');
        },
        subscribe: async () => {},
      },
      logger,
    });
    const policy = new AccessPermissionPolicy(engine, record, logger);
    expect(
      await policy.handle(
        { permission: taskCreatePermission },
        actingFor('user:default/aude', 'scaffolder'),
      ),
    ).toEqual({ result: AuthorizeResult.DENY });
    await new Promise(resolve => setImmediate(resolve));
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('bus down'),
    );
  });
});
