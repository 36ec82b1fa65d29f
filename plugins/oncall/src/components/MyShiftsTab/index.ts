export { MyShiftsTab } from './MyShiftsTab';
