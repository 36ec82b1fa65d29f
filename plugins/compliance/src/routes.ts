import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The Compliance page, `/compliance`. */
export const rootRouteRef = createRouteRef();

/** One control's page, `/compliance/controls/:id`. */
export const controlRouteRef = createRouteRef({ params: ['id'] });

/** The Compliance tab's path under an entity page. */
export const COMPLIANCE_TAB_PATH = 'compliance';
