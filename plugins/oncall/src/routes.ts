import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The On call page, `/oncall`. */
export const rootRouteRef = createRouteRef();

/** The On call tab's path under an entity page. */
export const ONCALL_TAB_PATH = 'oncall';

/** The tabs of the On call page, under `/oncall`: deep-linkable. */
export const ONCALL_PAGE_TABS = {
  now: 'now',
  coverage: 'coverage',
  fairness: 'fairness',
  myShifts: 'my-shifts',
  pages: 'pages',
} as const;
