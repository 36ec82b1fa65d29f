import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Change Argo CD applications through the portal: create, update, sync,
 * terminate an operation, delete. Resourceless: the Roadie routes name an
 * Argo CD instance and application, not a catalog entity, so there is no
 * owner to check; the policy grants it by role.
 */
export const argocdApplicationWritePermission = createPermission({
  name: 'argocd.application.write',
  attributes: { action: 'update' },
});

/** Every permission this module declares for the argocd plugin. */
export const argocdWriteGuardPermissions = [argocdApplicationWritePermission];
