export { SloSummaryCard } from './SloSummaryCard';
