import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The Error budgets page. */
export const rootRouteRef = createRouteRef();

/** The SLOs tab's path under an entity page. */
export const SLOS_TAB_PATH = 'slos';
