export { StatusChip } from './StatusChip';
export { statusColour, statusName } from './statusColour';
