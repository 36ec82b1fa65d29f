export { LogTab } from './LogTab';
