import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { AdrCollatorFactory } from './collator/AdrCollatorFactory';
import { readAdrCollatorSchedule } from './collatorSchedule';

/** Indexes every architecture decision of the ADR backend for the portal's search. */
export const searchModuleAdr = createBackendModule({
  pluginId: 'search',
  moduleId: 'adr',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, discovery, auth, scheduler, indexRegistry }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            readAdrCollatorSchedule(config),
          ),
          factory: new AdrCollatorFactory({ discovery, auth }),
        });
      },
    });
  },
});
