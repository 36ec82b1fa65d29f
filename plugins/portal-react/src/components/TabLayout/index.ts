export { TabLayout } from './TabLayout';
