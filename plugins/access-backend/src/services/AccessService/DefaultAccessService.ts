import { InputError } from '@backstage/errors';
import type { Permission } from '@backstage/plugin-permission-common';
import type { AccessMatrix } from '@localplus/plugin-access-common';
import type { AccessPolicyEngine } from '@localplus/plugin-access-node';
import type { AuditTrailStore } from '../AuditTrailStore';
import type {
  KnownPermissionsService,
  KnownPermissionsSnapshot,
} from '../KnownPermissions';
import type { AccessService } from './AccessService';

export type DefaultAccessServiceOptions = {
  engine: AccessPolicyEngine;
  knownPermissions: KnownPermissionsService;
  auditTrail: AuditTrailStore;
};

function unknownPermission(
  name: string,
  snapshot: KnownPermissionsSnapshot,
): InputError {
  const down = snapshot.unavailable.map(p => p.pluginId);
  const hint =
    down.length > 0
      ? ` (the permissions of ${down.join(', ')} could not be read)`
      : '';
  return new InputError(`Unknown permission "${name}"${hint}`);
}

/** The Access service over the policy engine and the audit trail store. */
export class DefaultAccessService implements AccessService {
  constructor(private readonly options: DefaultAccessServiceOptions) {}

  roles() {
    return this.options.engine.roles();
  }

  async matrix(): Promise<AccessMatrix> {
    const snapshot = await this.options.knownPermissions.list();
    const pluginOf = new Map(
      snapshot.permissions.map(p => [p.permission.name, p.pluginId]),
    );
    const matrix = this.options.engine.matrix(
      snapshot.permissions.map(p => p.permission),
    );
    return {
      ...matrix,
      permissions: matrix.permissions.map(summary => ({
        ...summary,
        pluginId: pluginOf.get(summary.name) ?? summary.pluginId,
      })),
      ...(snapshot.unavailable.length > 0
        ? { unavailablePlugins: snapshot.unavailable }
        : {}),
    };
  }

  async whoCan(permissionName: string, resourceRef?: string) {
    const permission = await this.permissionNamed(permissionName);
    return this.options.engine.whoCan(permission, resourceRef);
  }

  async explain(userRef: string, permissionName: string, resourceRef?: string) {
    const permission = await this.permissionNamed(permissionName);
    return this.options.engine.explain(userRef, permission, resourceRef);
  }

  auditTrail(query: Parameters<AuditTrailStore['list']>[0]) {
    return this.options.auditTrail.list(query);
  }

  private async permissionNamed(name: string): Promise<Permission> {
    const snapshot = await this.options.knownPermissions.list();
    const found = snapshot.permissions.find(p => p.permission.name === name);
    if (!found) {
      throw unknownPermission(name, snapshot);
    }
    return found.permission;
  }
}
