/**
 * Architecture decisions in the LOCAL-PLUS portal: the organisation-wide
 * decision log (log, graph, review, problems), a page per decision, the
 * Decisions tab of entities with a decision folder, two home widgets and
 * the search result item.
 *
 * @packageDocumentation
 */
export { adrPlugin as default } from './plugin';
export { adrApiRef } from './api/adrApiRef';
export { AdrClient } from './api/AdrClient';
export { AdrApiError } from './api/AdrApiError';
export type { AdrApi, DecisionAddress, GraphQuery } from './api/AdrApi';
