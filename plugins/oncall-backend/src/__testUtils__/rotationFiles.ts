import type { Entity } from '@backstage/catalog-model';
import { ONCALL_ROTATION_ANNOTATION } from '@localplus/plugin-oncall-common';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * A weekly rotation file as the seeds describe it: five people, primary and
 * secondary a week apart, week 1 from Monday 2026-01-05 10:00 Paris time.
 */
export function weeklyRotationYaml(options: {
  name: string;
  covers?: string[];
  timeZone?: string;
  members?: string[];
}): string {
  const members = options.members ?? [
    'alice',
    'bob',
    'charlie',
    'diana',
    'eve',
  ];
  const secondary = [...members.slice(1), members[0]];
  return `apiVersion: oncall.localplus.io/v1alpha1
kind: Rotation
metadata:
  name: ${options.name}
  title: ${options.name} on-call
spec:
${
  options.covers ? `  covers: [${options.covers.join(', ')}]\n` : ''
}  timeZone: ${options.timeZone ?? 'Europe/Paris'}
  handoff:
    syncMinutes: 30
  layers:
    - name: primary
      role: primary
      start: "2026-01-05T10:00"
      shiftLength: 1w
      members: [${members.join(', ')}]
    - name: secondary
      role: secondary
      start: "2026-01-05T10:00"
      shiftLength: 1w
      members: [${secondary.join(', ')}]
  escalation:
    - { after: 0m, title: Primary on call, target: { role: primary } }
    - { after: 15m, title: Secondary on call, target: { role: secondary } }
    - { after: 30m, title: Incident commander, target: { group: tech-leads } }
    - { after: 60m, title: Management, target: { user: marc-lefevre } }
  acknowledgeTargets: { P1: 5m, P2: 15m, P3: 1h }
`;
}

export interface FixtureGroup {
  name: string;
  parent?: string;
  /** User ref of the group's lead. */
  lead?: string;
  /** The rotation file the group points at, written beside its catalog file. */
  rotationYaml?: string;
}

/**
 * The group as the catalog holds it when read from `folder/<name>/`, with
 * its rotation file (if any) written to `oncall/rotation.yaml` there.
 */
export async function groupEntity(
  folder: string,
  group: FixtureGroup,
): Promise<Entity> {
  const dir = path.join(folder, group.name);
  const annotations: Record<string, string> = {
    'backstage.io/managed-by-location': `file:${path.join(
      dir,
      'catalog-info.yaml',
    )}`,
  };
  if (group.rotationYaml !== undefined) {
    await fs.mkdir(path.join(dir, 'oncall'), { recursive: true });
    await fs.writeFile(
      path.join(dir, 'oncall', 'rotation.yaml'),
      group.rotationYaml,
    );
    annotations[ONCALL_ROTATION_ANNOTATION] = './oncall/rotation.yaml';
  }
  if (group.lead) {
    annotations['localplus.io/lead'] = group.lead;
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: group.name, namespace: 'default', annotations },
    spec: {
      type: 'team',
      children: [],
      ...(group.parent ? { parent: group.parent } : {}),
    },
  };
}

export function userEntity(
  name: string,
  memberOf: string[],
  displayName = name.charAt(0).toUpperCase() + name.slice(1),
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'localplus.io/phone': '+33 1 00 00 00 00',
        'localplus.io/slack-handle': `@${name}`,
      },
    },
    spec: {
      profile: { displayName, email: `${name}@localplus.example` },
      memberOf,
    },
  };
}

export function componentEntity(
  name: string,
  owner: string,
  criticality?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      ...(criticality
        ? { labels: { 'localplus.io/criticality': criticality } }
        : {}),
    },
    spec: { type: 'service', owner, lifecycle: 'production' },
  };
}
