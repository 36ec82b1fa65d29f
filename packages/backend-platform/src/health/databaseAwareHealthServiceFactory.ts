import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { DatabaseAwareHealthService } from './DatabaseAwareHealthService';
import { createDatabaseProbe } from './DatabaseProbe';

/** Replaces the default root health service with one that probes the database. */
export const databaseAwareHealthServiceFactory = createServiceFactory({
  service: coreServices.rootHealth,
  deps: {
    config: coreServices.rootConfig,
    lifecycle: coreServices.rootLifecycle,
  },
  async factory({ config, lifecycle }) {
    return new DatabaseAwareHealthService({
      lifecycle,
      probe: createDatabaseProbe(config),
    });
  },
});
