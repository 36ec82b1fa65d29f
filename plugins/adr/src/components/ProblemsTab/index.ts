export { ProblemsTab } from './ProblemsTab';
export { ProblemsTable } from './ProblemsTable';
