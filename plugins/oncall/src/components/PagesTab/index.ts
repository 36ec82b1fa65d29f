export { PagesTab } from './PagesTab';
