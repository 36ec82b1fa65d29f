export { CoverageBar, coverageDetail } from './CoverageBar';
