export { TierRulesContent } from './TierRulesContent';
export { TierViolationsContent } from './TierViolationsContent';
