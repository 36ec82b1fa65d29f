export { FairnessTab } from './FairnessTab';
