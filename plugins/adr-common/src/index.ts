/**
 * Isomorphic building blocks of the LOCAL-PLUS architecture decision log:
 * the decision model, permissions, the ADR API's types and the decision
 * graph with its warnings.
 *
 * @packageDocumentation
 */
export * from './annotations';
export * from './permissions';
export type * from './api/types';
export { DECISION_STATUSES, NO_DECISION_FACETS } from './api/types';
export { decisionId, parseDecisionId } from './decisionId';
export {
  buildDecisionGraph,
  DEFAULT_GRAPH_DEPTH,
  type DecisionGraphOptions,
} from './graph/buildDecisionGraph';
export { resolveDecisionLinks } from './graph/resolveDecisionLinks';
