import { accessRoutes } from './routeTable/accessRoutes';
import { adrRoutes } from './routeTable/adrRoutes';
import { complianceRoutes } from './routeTable/complianceRoutes';
import { catalogRoutes } from './routeTable/catalogRoutes';
import { oncallRoutes } from './routeTable/oncallRoutes';
import { operationsRoutes } from './routeTable/operationsRoutes';
import { portalRoutes } from './routeTable/portalRoutes';
import { publicRoutes } from './routeTable/publicRoutes';
import { scaffolderRoutes } from './routeTable/scaffolderRoutes';
import type { RouteTable } from './routeTable/types';

export { perPluginRoutes } from './routeTable/perPluginRoutes';
export { ROLE_DEMO_USERS } from './routeTable/roleUsers';
export * from './routeTable/types';

/**
 * The decision for every route of the backend: open without credentials
 * (with the reason), or which role's demo user is allowed. A route the
 * battery discovers without an entry here fails it, and so does an entry
 * no route answers to. Backstage's routes below every plugin are decided
 * once, in perPluginRoutes.
 */
export const routeTable: RouteTable = {
  ...publicRoutes,
  ...catalogRoutes,
  ...scaffolderRoutes,
  ...operationsRoutes,
  ...portalRoutes,
  ...accessRoutes,
  ...oncallRoutes,
  ...adrRoutes,
  ...complianceRoutes,
};
