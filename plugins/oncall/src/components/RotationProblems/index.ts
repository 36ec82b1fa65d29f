export { RotationProblemsPanel } from './RotationProblemsPanel';
