import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { createWriteGuardRouter } from './createWriteGuardRouter';
import { argocdWriteGuardPermissions } from './permissions';

/**
 * Guards the Roadie Argo CD backend's writes. It relies on two facts of
 * Backstage's backend (backend-app-api 1.7, BackendInitializer): a plugin's
 * modules are initialised before the plugin itself, and a module receives
 * its plugin's own plugin-scoped services, so this httpRouter is Roadie's
 * and the router mounted here runs before the one Roadie mounts in its init.
 */
export const argocdModuleWriteGuard = createBackendModule({
  pluginId: 'argocd',
  moduleId: 'write-guard',
  register(reg) {
    reg.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        logger: coreServices.logger,
      },
      async init({
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        logger,
      }) {
        // Served in the plugin's permission metadata, so the Access page's
        // matrix and "who can" know the permission.
        permissionsRegistry.addPermissions(argocdWriteGuardPermissions);
        httpRouter.use(createWriteGuardRouter({ httpAuth, permissions }));
        logger.info(
          'Argo CD writes need argocd.application.write; reads pass through',
        );
      },
    });
  },
});
