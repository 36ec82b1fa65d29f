/**
 * Argo CD backend module: the Roadie Argo CD backend's writes (create,
 * update, sync, delete) need `argocd.application.write`; reads pass through.
 *
 * @packageDocumentation
 */
export { argocdModuleWriteGuard as default } from './module';
export { argocdModuleWriteGuard } from './module';
export {
  argocdApplicationWritePermission,
  argocdWriteGuardPermissions,
} from './permissions';
export {
  createWriteGuardRouter,
  type WriteGuardOptions,
} from './createWriteGuardRouter';
