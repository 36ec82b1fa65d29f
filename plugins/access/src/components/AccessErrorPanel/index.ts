export { AccessErrorPanel } from './AccessErrorPanel';
