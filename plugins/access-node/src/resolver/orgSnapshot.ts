import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { AccessHeldRole } from '@localplus/plugin-access-common';
import type { AccessIdentity, AccessPolicyRole } from '../types';

/** Catalog refs compare case-insensitively; the policy keeps them lowercase. */
export function normalizeRef(
  ref: string,
  defaults: { defaultKind?: string; defaultNamespace?: string } = {},
): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultNamespace: 'default', ...defaults }),
  ).toLocaleLowerCase('en-US');
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef.toLocaleLowerCase('en-US'));
}

/** The group's parent, from the catalog's `childOf` relation or `spec.parent`. */
function parentOf(group: Entity): string | undefined {
  const [fromRelation] = relationTargets(group, 'childOf');
  if (fromRelation) return fromRelation;
  const parent = group.spec?.parent;
  return typeof parent === 'string' && parent
    ? normalizeRef(parent, {
        defaultKind: 'group',
        defaultNamespace: group.metadata.namespace ?? 'default',
      })
    : undefined;
}

/** The groups a user belongs to directly. */
export function directGroupsOf(user: Entity): string[] {
  const fromRelations = relationTargets(user, 'memberOf');
  if (fromRelations.length > 0) return fromRelations;
  const memberOf = user.spec?.memberOf;
  return Array.isArray(memberOf)
    ? memberOf
        .filter((ref): ref is string => typeof ref === 'string')
        .map(ref =>
          normalizeRef(ref, {
            defaultKind: 'group',
            defaultNamespace: user.metadata.namespace ?? 'default',
          }),
        )
    : [];
}

/** Group ref -> parent group ref, read from every group of the catalog. */
export type GroupParents = ReadonlyMap<string, string | undefined>;

export function groupParents(groups: Entity[]): GroupParents {
  return new Map(
    groups.map(group => [
      stringifyEntityRef(group).toLocaleLowerCase('en-US'),
      parentOf(group),
    ]),
  );
}

/** The groups and all their ancestors; a parent cycle stops the walk. */
export function withAncestors(
  direct: string[],
  parents: GroupParents,
): string[] {
  const all = new Set<string>();
  for (const start of direct) {
    let current: string | undefined = start;
    while (current && !all.has(current)) {
      all.add(current);
      current = parents.get(current);
    }
  }
  return [...all].sort();
}

/** The configured roles whose groups the person is in (directly or nested). */
export function heldRoles(
  groups: readonly string[],
  roles: readonly AccessPolicyRole[],
): AccessHeldRole[] {
  const mine = new Set(groups);
  return roles.flatMap(role => {
    const viaGroups = role.groups.filter(group => mine.has(group));
    return viaGroups.length > 0 ? [{ id: role.id, viaGroups }] : [];
  });
}

function displayNameOf(user: Entity): string | undefined {
  const profile = user.spec?.profile as { displayName?: unknown } | undefined;
  if (typeof profile?.displayName === 'string') return profile.displayName;
  return user.metadata.title;
}

/** A person as the policy sees them, from their user entity (if any). */
export function identityOf(
  userRef: string,
  user: Entity | undefined,
  parents: GroupParents,
  roles: readonly AccessPolicyRole[],
): AccessIdentity {
  const groups = user ? withAncestors(directGroupsOf(user), parents) : [];
  const displayName = user ? displayNameOf(user) : undefined;
  return {
    userRef,
    ...(displayName ? { displayName } : {}),
    known: Boolean(user),
    groups,
    roles: heldRoles(groups, roles),
    ownershipClaims: [userRef, ...groups],
  };
}
