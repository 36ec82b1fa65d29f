/**
 * A small organisation and policy for tests of the access packages: the
 * LOCAL-PLUS group shapes (nested product teams, tech leads, auditors,
 * on-call, security, portal admins) with one person per situation, and the
 * production rule set.
 *
 * People: `pat` (platform-team), `dana` (team-a, under product-teams under
 * engineering), `lee` (tech-leads and team-a), `aude` (auditors, under
 * compliance), `otto` (oncall and team-b), `sam` (security-team), `ada`
 * (portal-admins, under platform-team), `nora` (no group).
 * Components: `svc-a` (team-a), `svc-b` (team-b), `svc-shared`
 * (product-teams), `svc-platform` (platform-team).
 */
import type { AuthService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Permission } from '@backstage/plugin-permission-common';
import { readAccessPolicyConfig } from '../config/readAccessPolicyConfig';
import { createAccessPolicyEngine } from '../engine/createAccessPolicyEngine';
import type { AccessPolicyEngine } from '../types';

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', ...(parent ? { parent } : {}), children: [] },
  };
}

function user(name: string, displayName: string, memberOf: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName }, memberOf },
  };
}

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

/** The fixture organisation's groups, people and components. */
export const accessFixtureEntities: Entity[] = [
  group('org'),
  group('engineering', 'org'),
  group('platform-team', 'engineering'),
  group('portal-admins', 'platform-team'),
  group('product-teams', 'engineering'),
  group('team-a', 'product-teams'),
  group('team-b', 'product-teams'),
  group('tech-leads', 'engineering'),
  group('security-team', 'engineering'),
  group('oncall', 'engineering'),
  group('compliance', 'org'),
  group('auditors', 'compliance'),
  user('pat', 'Pat Platform', ['platform-team']),
  user('dana', 'Dana Dev', ['team-a']),
  user('lee', 'Lee Lead', ['tech-leads', 'team-a']),
  user('aude', 'Aude Auditor', ['auditors']),
  user('otto', 'Otto Oncall', ['oncall', 'team-b']),
  user('sam', 'Sam Security', ['security-team']),
  user('ada', 'Ada Admin', ['portal-admins']),
  user('nora', 'Nora Nobody', []),
  component('svc-a', 'team-a'),
  component('svc-b', 'team-b'),
  component('svc-shared', 'product-teams'),
  component('svc-platform', 'platform-team'),
];

const role = (title: string, groups: string[]) => ({
  title,
  description: `${title} (fixture).`,
  groups,
});

/** `localplus.access` for the fixture organisation, with the production rules. */
export const accessFixturePolicyConfig = {
  roles: {
    admin: role('Admin', ['portal-admins']),
    'platform-engineer': role('Platform engineer', ['platform-team']),
    developer: role('Developer', ['group:default/engineering']),
    'tech-lead': role('Tech lead', ['tech-leads']),
    security: role('Security', ['security-team']),
    auditor: role('Auditor', ['auditors']),
    'on-call-responder': role('On-call responder', ['oncall']),
  },
  rules: [
    {
      id: 'admins-do-everything',
      description: 'Portal admins may do everything.',
      roles: ['admin'],
      permissions: { names: ['*'] },
      decision: 'allow',
    },
    {
      id: 'everyone-reads',
      description: 'Everyone signed in reads.',
      roles: '*',
      permissions: {
        actions: ['read'],
        excludeNames: ['scaffolder.task.read', 'access.*'],
      },
      decision: 'allow',
    },
    {
      id: 'platform-engineers-operate',
      description:
        'Platform engineers run the catalog, the scaffolder and the clusters.',
      roles: ['platform-engineer'],
      permissions: { names: ['catalog.*', 'scaffolder.*', 'kubernetes.*'] },
      decision: 'allow',
    },
    {
      id: 'builders-register-and-create',
      description:
        'Developers, tech leads and platform engineers register and create.',
      roles: ['developer', 'tech-lead', 'platform-engineer'],
      permissions: {
        names: [
          'catalog.location.analyze',
          'catalog.location.create',
          'catalog.entity.validate',
          'catalog.entity.create',
          'scaffolder.task.create',
          'scaffolder.action.execute',
          'scaffolder.template.dry-run',
        ],
      },
      decision: 'allow',
    },
    {
      id: 'owners-refresh-and-unregister',
      description: 'Owners refresh and unregister their own entities.',
      roles: '*',
      permissions: {
        names: ['catalog.entity.refresh', 'catalog.entity.delete'],
      },
      decision: 'owner',
    },
    {
      id: 'own-template-runs',
      description: 'Everyone sees and cancels the template runs they started.',
      roles: '*',
      permissions: {
        names: ['scaffolder.task.read', 'scaffolder.task.cancel'],
      },
      decision: 'owner',
    },
    {
      id: 'pod-logs',
      description:
        'On-call responders, platform engineers and developers read pod logs.',
      roles: ['on-call-responder', 'platform-engineer', 'developer'],
      permissions: { names: ['kubernetes.proxy'] },
      decision: 'allow',
    },
    {
      id: 'access-model-readers',
      description: 'Admins, security and auditors read the access model.',
      roles: ['admin', 'security', 'auditor'],
      permissions: { names: ['access.policy.read', 'access.audit.read'] },
      decision: 'allow',
    },
  ],
};

/** App config holding {@link accessFixturePolicyConfig} under `localplus.access`. */
export function accessFixtureConfig(): {
  localplus: { access: typeof accessFixturePolicyConfig };
} {
  return { localplus: { access: accessFixturePolicyConfig } };
}

/**
 * An engine over the fixture organisation, its catalog in memory. The
 * in-memory catalog has no relations, so the resolver reads `spec.memberOf`,
 * `spec.parent` and `spec.owner`, as it does for entities not yet stitched.
 */
export function createFixtureAccessPolicyEngine(options: {
  auth: AuthService;
  entities?: Entity[];
  permissions?: Permission[];
}): AccessPolicyEngine {
  return createAccessPolicyEngine({
    policy: readAccessPolicyConfig(new ConfigReader(accessFixtureConfig())),
    catalog: catalogServiceMock({
      entities: options.entities ?? accessFixtureEntities,
    }),
    auth: options.auth,
    permissions: options.permissions,
  });
}
