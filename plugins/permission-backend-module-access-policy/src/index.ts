/**
 * The LOCAL-PLUS permission policy, as a permission backend module: roles
 * from catalog groups, rules from `localplus.access`.
 *
 * @packageDocumentation
 */
export { permissionModuleAccessPolicy as default } from './module';
export { AccessPermissionPolicy } from './AccessPermissionPolicy';
