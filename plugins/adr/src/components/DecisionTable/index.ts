export { DecisionTable } from './DecisionTable';
export type { DecisionPaging } from './DecisionTable';
