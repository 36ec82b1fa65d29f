import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { sloReadPermission } from '@localplus/plugin-slo-common';

/** The SLO routes' questions to the permission policy. */
export interface SloAccess {
  /** Refuses (NotAllowedError, 403) unless the caller may read the entity's SLOs. */
  assertCanRead(
    entity: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<void>;
  /** The refs, among those given, whose SLOs the caller may read. */
  readable(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<ReadonlySet<string>>;
}

/**
 * Asks `slo.entity.read` about each entity. A policy that grants it per
 * entity answers with conditions owned by the catalog (the resource type's
 * plugin); the permission backend has the catalog apply them, one batch for
 * a whole overview.
 */
export function createSloAccess(permissions: PermissionsService): SloAccess {
  return {
    async assertCanRead(entity, credentials) {
      const resourceRef = stringifyEntityRef(entity);
      const [decision] = await permissions.authorize(
        [{ permission: sloReadPermission, resourceRef }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          `You may not read the SLOs of ${resourceRef}`,
        );
      }
    },

    async readable(entityRefs, credentials) {
      if (entityRefs.length === 0) {
        return new Set();
      }
      const decisions = await permissions.authorize(
        entityRefs.map(resourceRef => ({
          permission: sloReadPermission,
          resourceRef,
        })),
        { credentials },
      );
      return new Set(
        entityRefs.filter(
          (_ref, i) => decisions[i].result === AuthorizeResult.ALLOW,
        ),
      );
    },
  };
}
