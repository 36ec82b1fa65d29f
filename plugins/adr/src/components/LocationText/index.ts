export { LocationText } from './LocationText';
