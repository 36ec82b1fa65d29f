import type { Entity } from '@backstage/catalog-model';
import { normalizeRef } from '../resolver/orgSnapshot';

/**
 * The owners of an entity as the catalog's `IS_ENTITY_OWNER` rule sees them:
 * the targets of its `ownedBy` relations, falling back on `spec.owner` for an
 * entity not yet stitched.
 */
export function ownersOf(entity: Entity): string[] {
  const owners = (entity.relations ?? [])
    .filter(relation => relation.type === 'ownedBy')
    .map(relation => relation.targetRef.toLocaleLowerCase('en-US'));
  if (owners.length > 0) return owners;
  const owner = entity.spec?.owner;
  return typeof owner === 'string' && owner
    ? [
        normalizeRef(owner, {
          defaultKind: 'group',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ]
    : [];
}

/** The claims of the person that own the entity (empty when none). */
export function owningClaims(
  entity: Entity,
  claims: readonly string[],
): string[] {
  const owners = new Set(ownersOf(entity));
  return claims.filter(claim => owners.has(claim));
}
