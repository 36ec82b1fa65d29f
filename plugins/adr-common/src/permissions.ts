import { createPermission } from '@backstage/plugin-permission-common';

/** Read the decision log, a decision, the graph, the review queue and the problems. */
export const adrReadPermission = createPermission({
  name: 'adr.decision.read',
  attributes: { action: 'read' },
});

/** Propose a new decision record (a pull request in production, the local repository in development). */
export const adrCreatePermission = createPermission({
  name: 'adr.decision.create',
  attributes: { action: 'create' },
});

/** Re-read one entity's decision folder now instead of at the next scheduled refresh. */
export const adrRefreshPermission = createPermission({
  name: 'adr.index.refresh',
  attributes: { action: 'update' },
});

/** Every permission the ADR plugin declares. */
export const adrPermissions = [
  adrReadPermission,
  adrCreatePermission,
  adrRefreshPermission,
];
