export { ExplainTab } from './ExplainTab';
