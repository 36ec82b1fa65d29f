export { OnCallCard } from './OnCallCard';
export { OnCallSummary, noRotationNote } from './OnCallSummary';
