export { WhoCanTab } from './WhoCanTab';
