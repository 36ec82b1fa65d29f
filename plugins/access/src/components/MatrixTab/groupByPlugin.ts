import type { AccessPermissionSummary } from '@localplus/plugin-access-common';

/** Permissions by the plugin that declares them, plugins and names sorted. */
export function groupByPlugin(
  permissions: readonly AccessPermissionSummary[],
): Array<{ pluginId: string; permissions: AccessPermissionSummary[] }> {
  const groups = new Map<string, AccessPermissionSummary[]>();
  for (const permission of permissions) {
    const pluginId = permission.pluginId ?? 'other';
    groups.set(pluginId, [...(groups.get(pluginId) ?? []), permission]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pluginId, list]) => ({
      pluginId,
      permissions: [...list].sort((a, b) => a.name.localeCompare(b.name)),
    }));
}
