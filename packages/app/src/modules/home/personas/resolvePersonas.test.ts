import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { readPersonaSettings } from './personaSettings';
import {
  directGroupRefs,
  personasForGroups,
  withAncestorGroups,
} from './resolvePersonas';

const settings = readPersonaSettings(
  new ConfigReader({
    localplus: {
      home: {
        defaultPersona: 'developer',
        personas: [
          { id: 'auditor', title: 'Auditor', groups: ['auditors'], layout: [] },
          {
            id: 'on-call',
            title: 'On-call',
            groups: ['localplus-oncall'],
            layout: [],
          },
          {
            id: 'developer',
            title: 'Developer',
            groups: ['product-teams'],
            layout: [],
          },
        ],
      },
    },
  }),
);

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
  };
}

const groups = new Map(
  [
    group('localplus'),
    group('engineering', 'localplus'),
    group('product-teams', 'engineering'),
    group('team-loyalty', 'product-teams'),
    group('localplus-oncall', 'engineering'),
    group('loop-a', 'loop-b'),
    group('loop-b', 'loop-a'),
  ].map(g => [`group:default/${g.metadata.name}`, g]),
);
const loadGroups = async (refs: string[]) => refs.map(ref => groups.get(ref));

async function personasOf(direct: string[]) {
  const all = await withAncestorGroups(direct, loadGroups);
  return personasForGroups(settings, all).map(persona => persona.id);
}

describe('persona resolution', () => {
  it('counts the ancestors of a group: a team-loyalty member is a developer', async () => {
    const all = await withAncestorGroups(
      ['group:default/team-loyalty'],
      loadGroups,
    );
    expect([...all].sort()).toEqual([
      'group:default/engineering',
      'group:default/localplus',
      'group:default/product-teams',
      'group:default/team-loyalty',
    ]);
    expect(await personasOf(['group:default/team-loyalty'])).toEqual([
      'developer',
    ]);
  });

  it('gives the union of personas in priority order', async () => {
    expect(
      await personasOf([
        'group:default/team-loyalty',
        'group:default/localplus-oncall',
      ]),
    ).toEqual(['on-call', 'developer']);
  });

  it('falls back to the default persona when no group grants one', async () => {
    expect(await personasOf([])).toEqual(['developer']);
    expect(await personasOf(['group:default/unknown-team'])).toEqual([
      'developer',
    ]);
  });

  it('ends a parent cycle', async () => {
    const all = await withAncestorGroups(['group:default/loop-a'], loadGroups);
    expect(all.size).toBe(2);
  });

  it('reads direct groups from relations and spec.memberOf', () => {
    const user: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'alice', namespace: 'default' },
      spec: { memberOf: ['localplus-oncall'] },
      relations: [
        { type: 'memberOf', targetRef: 'group:default/platform-team' },
      ],
    };
    expect(directGroupRefs(user).sort()).toEqual([
      'group:default/localplus-oncall',
      'group:default/platform-team',
    ]);
  });
});
