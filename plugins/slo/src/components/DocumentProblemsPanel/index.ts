export { DocumentProblemsPanel } from './DocumentProblemsPanel';
