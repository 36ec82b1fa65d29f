import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { OnCallEvidenceCollector } from './collector/OnCallEvidenceCollector';

/** Adds the `oncall` evidence collector (rotations and pages) to the compliance backend. */
export const complianceModuleOncallCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'oncall-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        collectors: complianceCollectorsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      async init({ collectors, auth, discovery }) {
        collectors.addCollector(
          new OnCallEvidenceCollector({ auth, discovery }),
        );
      },
    });
  },
});
