import { catalogPermissions } from '@backstage/plugin-catalog-common/alpha';
import { kubernetesPermissions } from '@backstage/plugin-kubernetes-common';
import type { Permission } from '@backstage/plugin-permission-common';
import { scaffolderPermissions } from '@backstage/plugin-scaffolder-common/alpha';
import { accessPermissions } from '@localplus/plugin-access-common';
import type {
  KnownPermissionsService,
  KnownPermissionsSnapshot,
  UnavailablePlugin,
} from '../services/KnownPermissions';

/** The permissions the portal's plugins declare, by plugin, as their packages export them. */
export const INSTALLED_PERMISSIONS: Record<string, readonly Permission[]> = {
  catalog: catalogPermissions,
  scaffolder: scaffolderPermissions,
  kubernetes: kubernetesPermissions,
  access: accessPermissions,
};

/** Known permissions from a fixed list, for tests that do not exercise discovery. */
export function staticKnownPermissions(
  byPlugin: Record<string, readonly Permission[]> = INSTALLED_PERMISSIONS,
  unavailable: UnavailablePlugin[] = [],
): KnownPermissionsService {
  const snapshot: KnownPermissionsSnapshot = {
    permissions: Object.entries(byPlugin).flatMap(([pluginId, permissions]) =>
      permissions.map(permission => ({ pluginId, permission })),
    ),
    unavailable,
  };
  return { list: async () => snapshot };
}
