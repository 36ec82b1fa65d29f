export { TiersPage } from './TiersPage';
