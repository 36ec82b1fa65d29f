import {
  createExternalRouteRef,
  createRouteRef,
} from '@backstage/frontend-plugin-api';

/** The Tiers page. */
export const rootRouteRef = createRouteRef();

/** The catalog index, which the Tiers page links to filtered on one tier. */
export const catalogIndexRouteRef = createExternalRouteRef({
  defaultTarget: 'catalog.catalogIndex',
});
