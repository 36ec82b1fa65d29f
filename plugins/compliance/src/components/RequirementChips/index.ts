export { RequirementChips } from './RequirementChips';
