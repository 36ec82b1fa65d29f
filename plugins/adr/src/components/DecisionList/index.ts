export { DecisionList } from './DecisionList';
