export { ChangeLog } from './ChangeLog';
