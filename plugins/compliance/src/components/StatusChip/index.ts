export { ResultChip, StatusChip } from './StatusChip';
export { statusColour } from './statusColour';
