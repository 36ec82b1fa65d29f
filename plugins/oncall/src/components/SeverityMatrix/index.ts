export { SeverityMatrix } from './SeverityMatrix';
