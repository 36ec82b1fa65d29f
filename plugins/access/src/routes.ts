import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The Access page. */
export const rootRouteRef = createRouteRef();

/** The tabs of the Access page, under `/access`. */
export const ACCESS_TABS = {
  roles: 'roles',
  matrix: 'matrix',
  whoCan: 'who-can',
  explain: 'explain',
  audit: 'audit',
} as const;
