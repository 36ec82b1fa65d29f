import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Read the SLOs of a catalog entity: its report, generated rules and budget
 * history, and its rows in the overview. A resource permission on the
 * entity, so a policy may grant it per entity (to owners, say) as a
 * condition the catalog evaluates.
 */
export const sloReadPermission = createPermission({
  name: 'slo.entity.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Every permission the SLO plugin declares. */
export const sloPermissions = [sloReadPermission];
