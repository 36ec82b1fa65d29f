import type { Entity } from '@backstage/catalog-model';
import {
  componentEntity,
  groupEntity,
  userEntity,
  weeklyRotationYaml,
} from './rotationFiles';

export const WEEKLY = 'localplus-weekly';
export const ONCALL_GROUP = 'group:default/localplus-oncall';
export const BROKEN_GROUP = 'group:default/broken-tz';
export const COPYCAT_GROUP = 'group:default/team-copycat';
/** In no group of the rotation: refused by the rotation's own rule. */
export const SOFIA = 'user:default/sofia-benali';
/** Lead of engineering, which the rotation covers. */
export const MARC = 'user:default/marc-lefevre';
/** Lead of team-loyalty, a team below a covered group: a lead of the rotation. */
export const LUCAS = 'user:default/lucas-bernard';
export const user = (name: string) => `user:default/${name}`;

/**
 * The on-call tests' organisation: the seeds' weekly rotation owned by
 * localplus-oncall and covering engineering (so svc-ledger of team-loyalty),
 * a group whose file has a bad time zone, a group reusing the rotation's
 * name, and a critical service nobody covers. Files go under `folder`.
 */
export async function onCallCatalog(folder: string): Promise<Entity[]> {
  const groups = await Promise.all([
    groupEntity(folder, { name: 'engineering', lead: MARC }),
    groupEntity(folder, {
      name: 'team-loyalty',
      parent: 'engineering',
      lead: LUCAS,
    }),
    groupEntity(folder, {
      name: 'localplus-oncall',
      parent: 'engineering',
      rotationYaml: weeklyRotationYaml({
        name: WEEKLY,
        covers: ['engineering'],
      }),
    }),
    groupEntity(folder, { name: 'tech-leads' }),
    groupEntity(folder, {
      name: 'broken-tz',
      rotationYaml: weeklyRotationYaml({
        name: 'broken-weekly',
        timeZone: 'Mars/Olympus_Mons',
      }),
    }),
    groupEntity(folder, {
      name: 'team-copycat',
      rotationYaml: weeklyRotationYaml({ name: WEEKLY }),
    }),
    groupEntity(folder, { name: 'team-orphan' }),
  ]);
  return [
    ...groups,
    ...['alice', 'bob', 'charlie', 'diana', 'eve'].map(name =>
      userEntity(name, ['localplus-oncall']),
    ),
    userEntity('sofia-benali', ['tech-leads'], 'Sofia Benali'),
    userEntity('marc-lefevre', ['tech-leads'], 'Marc Lefèvre'),
    userEntity('lucas-bernard', ['team-loyalty'], 'Lucas Bernard'),
    userEntity('outsider', []),
    componentEntity('svc-ledger', 'team-loyalty', 'p0'),
    componentEntity('svc-orphan', 'team-orphan', 'P1'),
    componentEntity('svc-minor', 'team-orphan', 'p3'),
  ];
}
