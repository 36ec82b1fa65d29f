export { ControlPage } from './ControlPage';
