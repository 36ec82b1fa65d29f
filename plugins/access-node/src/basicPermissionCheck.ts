import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
} from '@backstage/plugin-permission-common';

/**
 * Whether the permission policy grants a basic (resourceless) permission to
 * the caller: the one question the portal's plugin routes ask before they
 * answer.
 */
export async function isAllowed(
  permissions: PermissionsService,
  permission: BasicPermission,
  credentials: BackstageCredentials,
): Promise<boolean> {
  const [decision] = await permissions.authorize([{ permission }], {
    credentials,
  });
  return decision.result === AuthorizeResult.ALLOW;
}

/** Refuses with NotAllowedError (403) unless the policy grants `permission`. */
export async function assertAllowed(
  permissions: PermissionsService,
  permission: BasicPermission,
  credentials: BackstageCredentials,
): Promise<void> {
  if (!(await isAllowed(permissions, permission, credentials))) {
    throw new NotAllowedError(
      `The access policy does not grant you ${permission.name}`,
    );
  }
}

/**
 * A plugin's routes' questions about access, asked of the permission policy
 * for basic (resourceless) permissions: the ADR and compliance routers use
 * it as it is, on call's extends it with its rotation rule.
 */
export class BasicPermissionGate {
  constructor(private readonly permissions: PermissionsService) {}

  /** Whether the policy grants `permission` to the caller. */
  allows(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    return isAllowed(this.permissions, permission, credentials);
  }

  /** Refuses with NotAllowedError (403) unless the policy grants `permission`. */
  assert(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<void> {
    return assertAllowed(this.permissions, permission, credentials);
  }
}
