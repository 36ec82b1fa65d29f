import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';

/** The ADR routes' one question about access, asked of the permission policy. */
export class AdrAccess {
  constructor(private readonly permissions: PermissionsService) {}

  async allows(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Refuses with NotAllowedError (403) unless the policy grants `permission`. */
  async assert(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!(await this.allows(permission, credentials))) {
      throw new NotAllowedError(
        `The access policy does not grant you ${permission.name}`,
      );
    }
  }
}
