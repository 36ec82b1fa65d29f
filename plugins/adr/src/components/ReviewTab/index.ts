export { ReviewTab } from './ReviewTab';
