import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Read the access model: roles and their members, the roles-by-permissions
 * matrix, "who can do X on Y" and "why was this denied".
 */
export const accessPolicyReadPermission = createPermission({
  name: 'access.policy.read',
  attributes: { action: 'read' },
});

/** Read the audit trail of allowed and denied mutating actions. */
export const accessAuditTrailReadPermission = createPermission({
  name: 'access.audit.read',
  attributes: { action: 'read' },
});

/** Every permission the Access plugin declares. */
export const accessPermissions = [
  accessPolicyReadPermission,
  accessAuditTrailReadPermission,
];
