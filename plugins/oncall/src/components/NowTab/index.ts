export { NowTab } from './NowTab';
