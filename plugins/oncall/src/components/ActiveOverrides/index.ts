export { ActiveOverrides } from './ActiveOverrides';
