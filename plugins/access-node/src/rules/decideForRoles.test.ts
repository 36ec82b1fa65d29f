import { ConfigReader } from '@backstage/config';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { kubernetesProxyPermission } from '@backstage/plugin-kubernetes-common';
import { createPermission } from '@backstage/plugin-permission-common';
import {
  taskCreatePermission,
  taskReadPermission,
  templateParameterReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import {
  accessAuditTrailReadPermission,
  accessPolicyReadPermission,
} from '@localplus/plugin-access-common';
import { readAccessPolicyConfig } from '../config/readAccessPolicyConfig';
import { accessFixtureConfig, accessFixturePolicyConfig } from '../testUtils';
import { decideForRoles } from './decideForRoles';
import { permissionMatches } from './permissionMatching';

const policy = readAccessPolicyConfig(new ConfigReader(accessFixtureConfig()));

describe('decideForRoles', () => {
  it('lets everyone read, auditors and people without a role included', () => {
    for (const roles of [[], ['auditor'] as const]) {
      const decided = decideForRoles(
        policy,
        roles,
        catalogEntityReadPermission,
      );
      expect(decided).toMatchObject({
        decision: 'allow',
        rule: { id: 'everyone-reads' },
        viaRoles: [],
      });
    }
    expect(
      decideForRoles(policy, [], templateParameterReadPermission).decision,
    ).toBe('allow');
  });

  it('keeps the excluded reads out of the everyone rule', () => {
    expect(decideForRoles(policy, [], taskReadPermission)).toMatchObject({
      decision: 'conditional',
      rule: { id: 'own-template-runs' },
      condition: 'only on scaffolder tasks the person started',
    });
    expect(
      decideForRoles(policy, ['developer'], accessPolicyReadPermission),
    ).toMatchObject({ decision: 'deny', rule: { id: 'default-deny' } });
  });

  it('grants the union of the roles held', () => {
    expect(
      decideForRoles(policy, ['auditor'], catalogLocationCreatePermission),
    ).toMatchObject({ decision: 'deny', rule: { id: 'default-deny' } });
    expect(
      decideForRoles(
        policy,
        ['auditor', 'tech-lead'],
        catalogLocationCreatePermission,
      ),
    ).toMatchObject({
      decision: 'allow',
      rule: { id: 'builders-register-and-create' },
      viaRoles: ['tech-lead'],
    });
    expect(
      decideForRoles(
        policy,
        ['auditor', 'developer'],
        accessAuditTrailReadPermission,
      ),
    ).toMatchObject({ decision: 'allow', viaRoles: ['auditor'] });
  });

  it('reports the first allowing rule, before any owner rule', () => {
    expect(
      decideForRoles(
        policy,
        ['platform-engineer', 'admin'],
        catalogEntityDeletePermission,
      ),
    ).toMatchObject({
      decision: 'allow',
      rule: { id: 'admins-do-everything' },
      viaRoles: ['admin'],
    });
    // The owner rule comes after the platform rule in order, but an allow
    // later in the list would still win over an earlier owner rule:
    const ownerFirst = {
      ...policy,
      rules: [policy.rules[4], ...policy.rules.filter((_, i) => i !== 4)],
    };
    expect(
      decideForRoles(
        ownerFirst,
        ['platform-engineer'],
        catalogEntityRefreshPermission,
      ),
    ).toMatchObject({
      decision: 'allow',
      rule: { id: 'platform-engineers-operate' },
    });
  });

  it('grants owners conditionally', () => {
    expect(
      decideForRoles(policy, ['developer'], catalogEntityDeletePermission),
    ).toMatchObject({
      decision: 'conditional',
      rule: { id: 'owners-refresh-and-unregister' },
      condition:
        'only on entities owned by the person or by one of their groups (parent groups included)',
    });
  });

  it('denies by default and says so', () => {
    expect(decideForRoles(policy, ['auditor'], taskCreatePermission)).toEqual({
      decision: 'deny',
      rule: {
        id: 'default-deny',
        description: 'No rule of the access policy grants this permission.',
      },
      viaRoles: [],
    });
    expect(
      decideForRoles(policy, ['security'], kubernetesProxyPermission),
    ).toMatchObject({ decision: 'deny' });
    expect(
      decideForRoles(policy, ['on-call-responder'], kubernetesProxyPermission),
    ).toMatchObject({ decision: 'allow', rule: { id: 'pod-logs' } });
  });

  it('ignores an owner rule where ownership cannot be checked', () => {
    const ownerOfEverything = readAccessPolicyConfig(
      new ConfigReader({
        localplus: {
          access: {
            ...accessFixturePolicyConfig,
            rules: [
              {
                id: 'owners-anything',
                description: 'Owners do anything.',
                roles: '*',
                permissions: { names: ['*'] },
                decision: 'owner',
              },
            ],
          },
        },
      }),
    );
    // Resourceless: no resource to own.
    expect(
      decideForRoles(ownerOfEverything, [], kubernetesProxyPermission).decision,
    ).toBe('deny');
    // A resource type with no ownership condition.
    const slo = createPermission({
      name: 'slo.objective.update',
      attributes: { action: 'update' },
      resourceType: 'slo-objective',
    });
    expect(decideForRoles(ownerOfEverything, [], slo).decision).toBe('deny');
  });
});

describe('permissionMatches', () => {
  it('ands the fields and ors the entries', () => {
    expect(
      permissionMatches(
        { resourceTypes: ['catalog-entity'], actions: ['delete'] },
        catalogEntityDeletePermission,
      ),
    ).toBe(true);
    expect(
      permissionMatches(
        { resourceTypes: ['catalog-entity'], actions: ['read'] },
        catalogEntityDeletePermission,
      ),
    ).toBe(false);
    expect(
      permissionMatches(
        { resourceTypes: ['catalog-entity'] },
        taskCreatePermission,
      ),
    ).toBe(false);
    expect(
      permissionMatches({ actions: ['use'] }, kubernetesProxyPermission),
    ).toBe(true);
    expect(
      permissionMatches({ names: ['catalog.*'] }, taskCreatePermission),
    ).toBe(false);
    expect(
      permissionMatches(
        { names: ['*'], excludeNames: ['scaffolder.*'] },
        taskCreatePermission,
      ),
    ).toBe(false);
  });
});
