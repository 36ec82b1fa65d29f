export { AwaitingYourInputContent } from './AwaitingYourInputContent';
export { RecentDecisionsContent } from './RecentDecisionsContent';
