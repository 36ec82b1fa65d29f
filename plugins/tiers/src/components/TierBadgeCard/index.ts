export { TierBadgeCard } from './TierBadgeCard';
