import {
  AuthorizeResult,
  isResourcePermission,
  type Permission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  createScaffolderTaskConditionalDecision,
  scaffolderTaskConditions,
} from '@backstage/plugin-scaffolder-backend/alpha';
import type { AccessIdentity } from '@localplus/plugin-access-node';

/**
 * An `owner` grant as a conditional decision, which the owning plugin turns
 * into a database filter (lists) or checks against the one resource.
 *
 * - catalog entities: owned by the person or one of their groups, parent
 *   groups included (`IS_ENTITY_OWNER` over `relations.ownedBy`);
 * - scaffolder tasks: started by the person (`IS_TASK_OWNER` on `createdBy`).
 *
 * The engine only answers `conditional` for these two resource types, so
 * anything else is a deny rather than a guess.
 */
export function ownershipDecision(
  permission: Permission,
  identity: AccessIdentity,
  principalUserRef: string,
): PolicyDecision {
  // Keep the principal's own spelling beside the catalog's lowercase one:
  // the scaffolder stores `createdBy` as the caller's ref, unchanged.
  const userRefs = [...new Set([principalUserRef, identity.userRef])];
  if (isResourcePermission(permission, 'catalog-entity')) {
    return createCatalogConditionalDecision(
      permission,
      catalogConditions.isEntityOwner({
        claims: [...new Set([...userRefs, ...identity.ownershipClaims])],
      }),
    );
  }
  if (isResourcePermission(permission, 'scaffolder-task')) {
    return createScaffolderTaskConditionalDecision(
      permission,
      scaffolderTaskConditions.isTaskOwner({ createdBy: userRefs }),
    );
  }
  return { result: AuthorizeResult.DENY };
}
