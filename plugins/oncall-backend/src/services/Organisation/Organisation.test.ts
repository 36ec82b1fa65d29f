import type { Entity } from '@backstage/catalog-model';
import { Organisation } from './Organisation';

function group(
  name: string,
  spec: object = {},
  extra: Partial<Entity['metadata']> = {},
  relations: Entity['relations'] = [],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', ...extra },
    spec: { type: 'team', children: [], ...spec },
    relations,
  };
}

function user(name: string, spec: object = {}, annotations = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default', annotations },
    spec,
  };
}

describe('Organisation', () => {
  const organisation = Organisation.fromEntities({
    groups: [
      group(
        'engineering',
        {},
        { annotations: { 'localplus.io/lead': 'Marc-Lefevre' } },
      ),
      group('platform', { parent: 'engineering' }),
      group('portal-admins', { parent: 'group:default/platform' }),
      // Known through the catalog's relations only.
      group('team-loyalty', {}, {}, [
        { type: 'childOf', targetRef: 'group:default/engineering' },
        { type: 'hasMember', targetRef: 'user:default/lucas' },
      ]),
      // A cycle in the data must not hang the walk.
      group('loop-a', { parent: 'loop-b' }),
      group('loop-b', { parent: 'loop-a' }),
      group('with-members', { members: ['zoe', 'user:other/yann'] }),
    ],
    users: [
      user(
        'Alice',
        {
          profile: { displayName: 'Alice Martin', email: 'alice@x' },
          memberOf: ['portal-admins'],
        },
        {
          'localplus.io/phone': '+33 6',
          'localplus.io/slack-handle': '@alice',
        },
      ),
      user('bob', { memberOf: ['platform', 42, 'not a ref!'] }),
    ],
    components: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'svc-ledger',
          labels: { 'localplus.io/criticality': 'p0' },
        },
        spec: { owner: 'team-loyalty' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'svc-x',
          annotations: { 'localplus.io/criticality': 'P1' },
        },
        spec: { owner: 'user:bob' },
      },
    ],
  });

  it('walks up the parents, nearest first, through spec and relations', () => {
    expect(organisation.ancestors('group:default/portal-admins')).toEqual([
      'group:default/portal-admins',
      'group:default/platform',
      'group:default/engineering',
    ]);
    expect(organisation.ancestors('Group:Default/Team-Loyalty')).toEqual([
      'group:default/team-loyalty',
      'group:default/engineering',
    ]);
  });

  it('stops at cycles', () => {
    expect(organisation.ancestors('group:default/loop-a')).toEqual([
      'group:default/loop-a',
      'group:default/loop-b',
    ]);
    expect(
      [...organisation.descendants('group:default/loop-b')].sort(),
    ).toEqual(['group:default/loop-a', 'group:default/loop-b']);
  });

  it('counts members of child groups as members of their parents', () => {
    expect(organisation.members('group:default/engineering')).toEqual([
      'user:default/alice',
      'user:default/bob',
      'user:default/lucas',
    ]);
    expect(organisation.members('group:default/platform')).toEqual([
      'user:default/alice',
      'user:default/bob',
    ]);
    expect(organisation.members('group:default/with-members')).toEqual([
      'user:default/zoe',
      'user:other/yann',
    ]);
    expect(organisation.members('group:default/nobody')).toEqual([]);
  });

  it('reads leads as user refs', () => {
    expect(organisation.lead('group:default/engineering')).toBe(
      'user:default/marc-lefevre',
    );
    expect(organisation.lead('group:default/platform')).toBeUndefined();
  });

  it("gives people's display data, and a name for people it does not know", () => {
    expect(organisation.person('user:default/alice')).toEqual({
      ref: 'user:default/alice',
      displayName: 'Alice Martin',
      email: 'alice@x',
      phone: '+33 6',
      slackHandle: '@alice',
    });
    expect(organisation.person('user:default/bob').displayName).toBe('bob');
    expect(organisation.person('user:default/ghost')).toEqual({
      ref: 'user:default/ghost',
      displayName: 'ghost',
    });
    expect(organisation.isUser('user:default/ghost')).toBe(false);
  });

  it('reads owners and criticality of components, from labels or annotations', () => {
    expect(organisation.component('component:default/svc-ledger')).toEqual({
      ref: 'component:default/svc-ledger',
      owner: 'group:default/team-loyalty',
      criticality: 'P0',
    });
    expect(organisation.component('component:default/svc-x')).toEqual({
      ref: 'component:default/svc-x',
      owner: 'user:default/bob',
      criticality: 'P1',
    });
  });
});
