import {
  isResourcePermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import type { AccessPermissionSummary } from '@localplus/plugin-access-common';
import type { AccessPermissionAction, AccessPermissionMatcher } from '../types';

/** The permission's action; resourceless "do this" permissions count as `use`. */
export function permissionAction(
  permission: Permission,
): AccessPermissionAction {
  return permission.attributes.action ?? 'use';
}

function nameMatches(pattern: string, name: string): boolean {
  return pattern.endsWith('*')
    ? name.startsWith(pattern.slice(0, -1))
    : pattern === name;
}

/** True when the rule's matcher covers the permission (every given field). */
export function permissionMatches(
  matcher: AccessPermissionMatcher,
  permission: Permission,
): boolean {
  if (
    matcher.names &&
    !matcher.names.some(pattern => nameMatches(pattern, permission.name))
  ) {
    return false;
  }
  if (
    matcher.excludeNames?.some(pattern => nameMatches(pattern, permission.name))
  ) {
    return false;
  }
  if (matcher.resourceTypes) {
    if (
      !isResourcePermission(permission) ||
      !matcher.resourceTypes.includes(permission.resourceType)
    ) {
      return false;
    }
  }
  if (
    matcher.actions &&
    !matcher.actions.includes(permissionAction(permission))
  ) {
    return false;
  }
  return true;
}

/** The permission as the matrix and explanations show it. */
export function summarizePermission(
  permission: Permission,
): AccessPermissionSummary {
  const dot = permission.name.indexOf('.');
  return {
    name: permission.name,
    action: permissionAction(permission),
    ...(isResourcePermission(permission)
      ? { resourceType: permission.resourceType }
      : {}),
    ...(dot > 0 ? { pluginId: permission.name.slice(0, dot) } : {}),
  };
}
