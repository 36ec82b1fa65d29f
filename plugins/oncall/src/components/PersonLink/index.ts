export { PersonLink } from './PersonLink';
export { PersonContact } from './PersonContact';
