import { mockServices } from '@backstage/backend-test-utils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogLocationCreatePermission,
  catalogPermissions,
} from '@backstage/plugin-catalog-common/alpha';
import { kubernetesProxyPermission } from '@backstage/plugin-kubernetes-common';
import {
  taskCancelPermission,
  taskCreatePermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import { accessPermissions } from '@localplus/plugin-access-common';
import { createFixtureAccessPolicyEngine } from '../testUtils';

const engine = () =>
  createFixtureAccessPolicyEngine({
    auth: mockServices.auth(),
    permissions: [
      ...catalogPermissions,
      taskCreatePermission,
      ...accessPermissions,
    ],
  });

describe('createAccessPolicyEngine', () => {
  it('walks nested groups and ownership claims up to the root', async () => {
    const identity = await engine().resolver.identify('user:default/dana');
    expect(identity).toEqual({
      userRef: 'user:default/dana',
      displayName: 'Dana Dev',
      known: true,
      groups: [
        'group:default/engineering',
        'group:default/org',
        'group:default/product-teams',
        'group:default/team-a',
      ],
      roles: [{ id: 'developer', viaGroups: ['group:default/engineering'] }],
      ownershipClaims: [
        'user:default/dana',
        'group:default/engineering',
        'group:default/org',
        'group:default/product-teams',
        'group:default/team-a',
      ],
    });
  });

  it('gives a person the union of their groups roles', async () => {
    const { roles } = await engine().resolver.identify('lee');
    expect(roles).toEqual([
      { id: 'developer', viaGroups: ['group:default/engineering'] },
      { id: 'tech-lead', viaGroups: ['group:default/tech-leads'] },
    ]);
    const admin = await engine().resolver.identify('user:default/ada');
    expect(admin.roles.map(role => role.id)).toEqual([
      'admin',
      'platform-engineer',
      'developer',
    ]);
  });

  it('treats a person missing from the catalog as holding no role', async () => {
    const decided = await engine().decide(
      'user:default/ghost',
      catalogEntityReadPermission,
    );
    expect(decided.identity).toMatchObject({
      known: false,
      roles: [],
      groups: [],
    });
    expect(decided.decision).toBe('allow');
    const create = await engine().decide(
      'user:default/ghost',
      taskCreatePermission,
    );
    expect(create.decision).toBe('deny');
  });

  it('explains a denial with the rule that decided', async () => {
    const explanation = await engine().explain(
      'user:default/aude',
      'catalog.location.create',
    );
    expect(explanation).toMatchObject({
      userRef: 'user:default/aude',
      displayName: 'Aude Auditor',
      allowed: false,
      decision: 'deny',
      rule: { id: 'default-deny' },
      permission: {
        name: 'catalog.location.create',
        action: 'create',
        pluginId: 'catalog',
      },
    });
    expect(explanation.reason).toBe(
      'Aude Auditor may not catalog.location.create: Aude Auditor holds Auditor (via group:default/auditors), and no rule grants it to them, so the default rule denies it.',
    );
  });

  it('explains an owner decision by looking at the entity', async () => {
    const e = engine();
    const notOwner = await e.explain(
      'user:default/aude',
      catalogEntityDeletePermission,
      'component:default/svc-a',
    );
    expect(notOwner).toMatchObject({
      allowed: false,
      decision: 'conditional',
      resourceRef: 'component:default/svc-a',
      rule: { id: 'owners-refresh-and-unregister' },
    });
    expect(notOwner.reason).toContain(
      'component:default/svc-a is owned by group:default/team-a, not by Aude Auditor or their groups (group:default/auditors, group:default/compliance, group:default/org)',
    );

    const owner = await e.explain(
      'user:default/dana',
      'catalog.entity.delete',
      'component:default/svc-a',
    );
    expect(owner.allowed).toBe(true);
    expect(owner.reason).toBe(
      'Dana Dev may catalog.entity.delete on component:default/svc-a: rule "owners-refresh-and-unregister" (Owners refresh and unregister their own entities) grants it only on entities owned by the person or by one of their groups (parent groups included), and component:default/svc-a is owned by group:default/team-a, which Dana Dev belongs to.',
    );

    // A parent group's entity is owned by the members of its sub-teams.
    const viaParent = await e.explain(
      'user:default/dana',
      'catalog.entity.delete',
      'component:default/svc-shared',
    );
    expect(viaParent.allowed).toBe(true);
    const otherTeam = await e.explain(
      'user:default/dana',
      'catalog.entity.delete',
      'component:default/svc-b',
    );
    expect(otherTeam.allowed).toBe(false);

    const platform = await e.explain(
      'user:default/pat',
      'catalog.entity.delete',
      'component:default/svc-a',
    );
    expect(platform).toMatchObject({
      allowed: true,
      decision: 'allow',
      rule: { id: 'platform-engineers-operate' },
    });
    expect(platform.reason).toContain('grants it to Platform engineer');
  });

  it('keeps a conditional grant without a resource a no', async () => {
    const explanation = await engine().explain(
      'user:default/dana',
      taskCancelPermission,
    );
    expect(explanation).toMatchObject({
      allowed: false,
      decision: 'conditional',
    });
    expect(explanation.reason).toContain(
      'only on scaffolder tasks the person started',
    );
  });

  it('refuses unknown permissions, malformed refs and missing entities', async () => {
    const e = engine();
    await expect(
      e.explain('user:default/dana', 'catalog.entity.obliterate'),
    ).rejects.toThrow('Unknown permission "catalog.entity.obliterate"');
    await expect(
      e.explain(
        'user:default/dana',
        'catalog.entity.delete',
        'not:a:ref:at:all',
      ),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      e.explain('::', 'catalog.entity.delete'),
    ).rejects.toMatchObject({ name: 'InputError' });
    // A ref without namespace is the default namespace's.
    await expect(
      e.explain('dana', 'catalog.entity.delete', 'component:svc-a'),
    ).resolves.toMatchObject({ allowed: true });
    await expect(
      e.explain(
        'user:default/dana',
        'catalog.entity.delete',
        `component:default/${'x'.repeat(5000)}`,
      ),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      e.whoCan('catalog.entity.delete', '<script>'),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      e.explain(
        'user:default/dana',
        'catalog.entity.delete',
        'component:default/nope',
      ),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('builds the roles-by-permissions matrix', () => {
    const matrix = engine().matrix([
      catalogEntityDeletePermission,
      catalogLocationCreatePermission,
      kubernetesProxyPermission,
    ]);
    expect(matrix.roles.map(role => role.id)).toHaveLength(7);
    expect(matrix.permissions[2]).toEqual({
      name: 'kubernetes.proxy',
      action: 'use',
      pluginId: 'kubernetes',
    });
    expect(matrix.rules.at(-1)?.id).toBe('default-deny');
    expect(matrix.cells['catalog.entity.delete']).toMatchObject({
      admin: { decision: 'allow', ruleId: 'admins-do-everything' },
      'platform-engineer': {
        decision: 'allow',
        ruleId: 'platform-engineers-operate',
      },
      auditor: {
        decision: 'conditional',
        ruleId: 'owners-refresh-and-unregister',
      },
    });
    expect(matrix.cells['catalog.location.create']).toMatchObject({
      auditor: { decision: 'deny', ruleId: 'default-deny' },
      developer: { decision: 'allow', ruleId: 'builders-register-and-create' },
      security: { decision: 'deny', ruleId: 'default-deny' },
    });
  });

  it('answers who can, owners included when an entity is named', async () => {
    const e = engine();
    const create = await e.whoCan('catalog.location.create');
    expect(create.allowed.map(a => a.userRef)).toEqual([
      'user:default/ada',
      'user:default/dana',
      'user:default/lee',
      'user:default/otto',
      'user:default/pat',
      'user:default/sam',
    ]);
    const unregister = await e.whoCan(
      catalogEntityDeletePermission,
      'component:default/svc-a',
    );
    expect(unregister.allowed).toEqual([
      {
        userRef: 'user:default/ada',
        displayName: 'Ada Admin',
        ruleId: 'admins-do-everything',
        roles: ['admin'],
      },
      {
        userRef: 'user:default/dana',
        displayName: 'Dana Dev',
        ruleId: 'owners-refresh-and-unregister',
        roles: [],
      },
      {
        userRef: 'user:default/lee',
        displayName: 'Lee Lead',
        ruleId: 'owners-refresh-and-unregister',
        roles: [],
      },
      {
        userRef: 'user:default/pat',
        displayName: 'Pat Platform',
        ruleId: 'platform-engineers-operate',
        roles: ['platform-engineer'],
      },
    ]);
  });

  it('lists each role with its groups and members', async () => {
    const roles = await engine().roles();
    const byId = Object.fromEntries(roles.map(role => [role.id, role]));
    expect(byId.auditor.members).toEqual([
      {
        userRef: 'user:default/aude',
        displayName: 'Aude Auditor',
        viaGroups: ['group:default/auditors'],
      },
    ]);
    expect(byId.developer.members.map(m => m.userRef)).toEqual([
      'user:default/ada',
      'user:default/dana',
      'user:default/lee',
      'user:default/otto',
      'user:default/pat',
      'user:default/sam',
    ]);
    expect(byId.admin.groups).toEqual(['group:default/portal-admins']);
  });
});
