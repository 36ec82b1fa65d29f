export { ObjectiveCard } from './ObjectiveCard';
export { objectiveHistoryState } from './objectiveHistory';
export type { ObjectiveHistoryState } from './objectiveHistory';
