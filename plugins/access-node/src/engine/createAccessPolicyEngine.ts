import type { AuthService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isResourcePermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import type {
  AccessMatrix,
  AccessRole,
  AccessRoleId,
  AccessWhoCan,
} from '@localplus/plugin-access-common';
import { createCatalogRoleResolver } from '../resolver/createCatalogRoleResolver';
import { normalizeRef } from '../resolver/orgSnapshot';
import { DEFAULT_DENY_RULE, decideForRoles } from '../rules/decideForRoles';
import { summarizePermission } from '../rules/permissionMatching';
import type {
  AccessIdentity,
  AccessPolicy,
  AccessPolicyEngine,
  AccessRoleResolver,
} from '../types';
import { owningClaims } from './entityOwnership';
import { explainDecision } from './explainDecision';

/** Options of {@link createAccessPolicyEngine}. */
export interface AccessPolicyEngineOptions {
  policy: AccessPolicy;
  catalog: CatalogService;
  auth: AuthService;
  /** Defaults to a catalog role resolver over the same catalog. */
  resolver?: AccessRoleResolver;
  /** Permissions `explain` and `whoCan` may be given by name. */
  permissions?: readonly Permission[];
  /** Cache lifetime of the default resolver. Default 30 s. */
  ttlMs?: number;
}

// kind:namespace/name, kind and namespace optional where a default applies.
const ENTITY_REF = /^(?:[\w.-]{1,63}:)?(?:[\w.-]{1,63}\/)?[\w.-]{1,253}$/;

function parseRef(value: string, what: string, defaultKind?: string) {
  if (!ENTITY_REF.test(value)) {
    throw new InputError(
      `${what} is not an entity reference (kind:namespace/name): "${value.slice(
        0,
        100,
      )}"`,
    );
  }
  try {
    return normalizeRef(value, defaultKind ? { defaultKind } : {});
  } catch {
    throw new InputError(`${what} is not an entity reference: "${value}"`);
  }
}

/** The policy engine over the catalog's org. */
export function createAccessPolicyEngine(
  options: AccessPolicyEngineOptions,
): AccessPolicyEngine {
  const { policy, catalog, auth } = options;
  const resolver =
    options.resolver ??
    createCatalogRoleResolver({ policy, catalog, auth, ttlMs: options.ttlMs });
  const known = new Map(
    (options.permissions ?? []).map(permission => [
      permission.name,
      permission,
    ]),
  );

  const permissionOf = (permission: Permission | string): Permission => {
    if (typeof permission !== 'string') return permission;
    const found = known.get(permission);
    if (!found) throw new InputError(`Unknown permission "${permission}"`);
    return found;
  };

  /** The catalog entity behind a resource ref, for catalog-entity permissions. */
  const entityFor = async (
    permission: Permission,
    resourceRef: string | undefined,
  ): Promise<Entity | undefined> => {
    if (!resourceRef || !isResourcePermission(permission, 'catalog-entity')) {
      return undefined;
    }
    const ref = parseRef(resourceRef, 'resourceRef');
    const entity = await catalog.getEntityByRef(ref, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    if (!entity)
      throw new NotFoundError(`No entity ${resourceRef} in the catalog`);
    return entity;
  };

  const rolesOf = (identity: AccessIdentity): AccessRoleId[] =>
    identity.roles.map(role => role.id);

  return {
    policy,
    resolver,

    decideForRoles(roles, permission) {
      return decideForRoles(policy, roles, permission);
    },

    async decide(userRef, permission) {
      const identity = await resolver.identify(userRef);
      return {
        ...decideForRoles(policy, rolesOf(identity), permission),
        identity,
      };
    },

    async explain(userRef, permissionOrName, resourceRef) {
      const permission = permissionOf(permissionOrName);
      const identity = await resolver.identify(
        parseRef(userRef, 'user', 'user'),
      );
      const entity = await entityFor(permission, resourceRef);
      return explainDecision({
        policy,
        identity,
        permission,
        decided: decideForRoles(policy, rolesOf(identity), permission),
        resourceRef,
        entity,
      });
    },

    matrix(permissions): AccessMatrix {
      const cells: AccessMatrix['cells'] = {};
      for (const permission of permissions) {
        const row: AccessMatrix['cells'][string] = {};
        for (const role of policy.roles) {
          const decided = decideForRoles(policy, [role.id], permission);
          row[role.id] = {
            decision: decided.decision,
            ruleId: decided.rule.id,
            ...(decided.condition ? { condition: decided.condition } : {}),
          };
        }
        cells[permission.name] = row;
      }
      return {
        roles: policy.roles.map(({ id, title }) => ({ id, title })),
        permissions: permissions.map(summarizePermission),
        rules: [
          ...policy.rules.map(({ id, description }) => ({ id, description })),
          DEFAULT_DENY_RULE,
        ],
        cells,
      };
    },

    async whoCan(permissionOrName, resourceRef): Promise<AccessWhoCan> {
      const permission = permissionOf(permissionOrName);
      const entity = await entityFor(permission, resourceRef);
      const identities = await resolver.listIdentities();
      const allowed = identities.flatMap(identity => {
        const decided = decideForRoles(policy, rolesOf(identity), permission);
        const yes =
          decided.decision === 'allow' ||
          (decided.decision === 'conditional' &&
            entity !== undefined &&
            owningClaims(entity, identity.ownershipClaims).length > 0);
        return yes
          ? [
              {
                userRef: identity.userRef,
                ...(identity.displayName
                  ? { displayName: identity.displayName }
                  : {}),
                ruleId: decided.rule.id,
                roles: decided.viaRoles,
              },
            ]
          : [];
      });
      return {
        permission: summarizePermission(permission),
        ...(resourceRef ? { resourceRef } : {}),
        allowed,
      };
    },

    async roles(): Promise<AccessRole[]> {
      const identities = await resolver.listIdentities();
      return policy.roles.map(role => ({
        id: role.id,
        title: role.title,
        description: role.description,
        groups: role.groups,
        members: identities.flatMap(identity => {
          const held = identity.roles.find(r => r.id === role.id);
          return held
            ? [
                {
                  userRef: identity.userRef,
                  ...(identity.displayName
                    ? { displayName: identity.displayName }
                    : {}),
                  viaGroups: held.viaGroups,
                },
              ]
            : [];
        }),
      }));
    },
  };
}
