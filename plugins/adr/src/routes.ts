import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The Decisions page, `/adr`. */
export const rootRouteRef = createRouteRef();

/** One decision's page, `/adr/decisions/:kind/:namespace/:name/:slug`. */
export const decisionRouteRef = createRouteRef({
  params: ['kind', 'namespace', 'name', 'slug'],
});

/** The tabs of the Decisions page, under `/adr`: deep-linkable. */
export const ADR_PAGE_TABS = {
  log: 'log',
  graph: 'graph',
  review: 'review',
  problems: 'problems',
} as const;

/** The Decisions tab's path under an entity page. */
export const ADR_TAB_PATH = 'decisions';

/** The scaffolder template that writes a new MADR 4 record. */
export const NEW_DECISION_TEMPLATE_PATH =
  '/create/templates/default/new-decision-record';
