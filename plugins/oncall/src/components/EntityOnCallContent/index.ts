export { EntityOnCallContent } from './EntityOnCallContent';
