export { PermissionPicker } from './PermissionPicker';
