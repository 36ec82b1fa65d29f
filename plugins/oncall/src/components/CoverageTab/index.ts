export { CoverageTab } from './CoverageTab';
