import type { BasicPermission } from '@backstage/plugin-permission-common';
import { taskCreatePermission } from '@backstage/plugin-scaffolder-common/alpha';
import { accessPolicyReadPermission } from '@localplus/plugin-access-common';

/**
 * Sidebar pages that only some people may use, by page extension id, and the
 * permission a person needs to see them. The backend refuses the actions
 * anyway; hiding the entry spares people a page they can only be denied on.
 */
export const NAV_ITEM_PERMISSIONS: Readonly<Record<string, BasicPermission>> = {
  // "Create": running a template.
  'page:scaffolder': taskCreatePermission,
  // "Access": the access model, for admins, security and auditors.
  'page:access': accessPolicyReadPermission,
};
