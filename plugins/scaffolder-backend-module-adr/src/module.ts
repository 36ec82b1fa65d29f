import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createCreateDecisionRecordAction } from './actions/createCreateDecisionRecordAction';

/** The scaffolder action behind the "New decision record" template. */
export const scaffolderModuleAdr = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'adr',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ scaffolder, discovery, auth }) {
        scaffolder.addActions(
          createCreateDecisionRecordAction({ discovery, auth }),
        );
      },
    });
  },
});
