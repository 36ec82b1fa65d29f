import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import { assertAllowed, isAllowed } from '@localplus/plugin-access-node';

/**
 * The compliance routes' one question about access, asked of the
 * permission policy: every permission of compliance-common is basic (the
 * auditor reads everything or nothing), so no conditions are involved.
 */
export class ComplianceAccess {
  constructor(private readonly permissions: PermissionsService) {}

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
