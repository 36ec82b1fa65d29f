export { OnCallForMyServicesContent } from './OnCallForMyServicesContent';
