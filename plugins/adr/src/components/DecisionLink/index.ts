export { DecisionLink } from './DecisionLink';
