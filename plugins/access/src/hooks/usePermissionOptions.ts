import type { AccessPermissionSummary } from '@localplus/plugin-access-common';
import { useAccessApi } from './useAccessApi';

function byPluginThenName(
  a: AccessPermissionSummary,
  b: AccessPermissionSummary,
) {
  return (
    (a.pluginId ?? '').localeCompare(b.pluginId ?? '') ||
    a.name.localeCompare(b.name)
  );
}

/** The permissions the installed plugins declare, to pick from, by plugin. */
export function usePermissionOptions() {
  const result = useAccessApi(api => api.getMatrix(), []);
  return {
    ...result,
    value: result.value
      ? [...result.value.permissions].sort(byPluginThenName)
      : undefined,
  };
}
