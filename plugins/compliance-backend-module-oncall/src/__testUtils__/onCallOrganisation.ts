import type { Entity } from '@backstage/catalog-model';
import { ONCALL_ROTATION_ANNOTATION } from '@localplus/plugin-oncall-common';
import fs from 'node:fs/promises';
import path from 'node:path';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/**
 * A rotation file: five people a week each in primary, started long before
 * any test window; `officeHoursOnly` restricts primary to 09:00-18:00 on
 * weekdays, leaving nights and weekends uncovered.
 */
export function rotationYaml(options: {
  name: string;
  owner: string;
  officeHoursOnly?: boolean;
  timeZone?: string;
}): string {
  const restrictions = options.officeHoursOnly
    ? `      restrictions:\n${WEEKDAYS.map(
        day =>
          `        - { type: weekly, fromDay: ${day}, from: '09:00', toDay: ${day}, to: '18:00' }`,
      ).join('\n')}\n`
    : '';
  return `apiVersion: oncall.localplus.io/v1alpha1
kind: Rotation
metadata:
  name: ${options.name}
  title: ${options.name} on call
spec:
  covers: [${options.owner}]
  timeZone: ${options.timeZone ?? 'Europe/Paris'}
  layers:
    - name: primary
      role: primary
      start: '2025-01-06T10:00'
      shiftLength: 1w
      members: [alice, bob, charlie, diana, eve]
${restrictions}  escalation:
    - { after: 0m, title: Primary, target: { role: primary } }
  acknowledgeTargets: { P1: 5m, P2: 15m, P3: 1h }
`;
}

function group(folder: string, name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:${path.join(
          folder,
          name,
          'catalog-info.yaml',
        )}`,
        [ONCALL_ROTATION_ANNOTATION]: './oncall/rotation.yaml',
      },
    },
    spec: { type: 'team', children: [] },
  };
}

function user(name: string, teams: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName: name }, memberOf: teams },
  };
}

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', owner, lifecycle: 'production' },
  };
}

/**
 * The tests' organisation, with its rotation files under `folder`:
 * payments (always covered) answers for svc-ledger; shop (office hours only)
 * for svc-shop and svc-cart; quiet (always covered) for nothing paged; and
 * a team whose rotation file names a time zone that does not exist.
 */
export async function onCallOrganisation(folder: string): Promise<Entity[]> {
  const rotations: Record<string, string> = {
    'team-payments': rotationYaml({
      name: 'payments-weekly',
      owner: 'group:default/team-payments',
    }),
    'team-shop': rotationYaml({
      name: 'shop-office-hours',
      owner: 'group:default/team-shop',
      officeHoursOnly: true,
    }),
    'team-quiet': rotationYaml({
      name: 'quiet-weekly',
      owner: 'group:default/team-quiet',
    }),
    'team-broken': rotationYaml({
      name: 'broken-weekly',
      owner: 'group:default/team-broken',
      timeZone: 'Mars/Olympus_Mons',
    }),
  };
  for (const [team, yaml] of Object.entries(rotations)) {
    await fs.mkdir(path.join(folder, team, 'oncall'), { recursive: true });
    await fs.writeFile(
      path.join(folder, team, 'oncall', 'rotation.yaml'),
      yaml,
    );
  }
  const teams = Object.keys(rotations);
  return [
    ...teams.map(team => group(folder, team)),
    ...['alice', 'bob', 'charlie', 'diana', 'eve'].map(person =>
      user(person, teams),
    ),
    component('svc-ledger', 'team-payments'),
    component('svc-shop', 'team-shop'),
    component('svc-cart', 'team-shop'),
  ];
}
