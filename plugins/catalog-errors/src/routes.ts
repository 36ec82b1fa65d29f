import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The Catalog errors page. */
export const rootRouteRef = createRouteRef();
