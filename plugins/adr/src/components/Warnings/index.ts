export { WarningList } from './WarningList';
export { describeWarning } from './describeWarning';
