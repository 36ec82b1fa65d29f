export { ObjectiveCard } from './ObjectiveCard';
