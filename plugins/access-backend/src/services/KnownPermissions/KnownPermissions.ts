import type { Permission } from '@backstage/plugin-permission-common';

/** A permission and the plugin that declared it. */
export type KnownPermission = {
  pluginId: string;
  permission: Permission;
};

/** A plugin whose permissions could not be read, and why. */
export type UnavailablePlugin = {
  pluginId: string;
  error: string;
};

/** The permissions of the installed plugins, as they declare them at runtime. */
export type KnownPermissionsSnapshot = {
  permissions: KnownPermission[];
  unavailable: UnavailablePlugin[];
};

/** Lists the permissions the installed plugins declare. */
export interface KnownPermissionsService {
  /** Every known permission; plugins that failed are named, not fatal. */
  list(): Promise<KnownPermissionsSnapshot>;
}
