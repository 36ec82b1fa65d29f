import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { accessPermissions } from '@localplus/plugin-access-common';
import { accessPolicyEngineServiceRef } from '@localplus/plugin-access-node';
import { readAccessBackendConfig } from './config';
import { createRouter } from './router';
import { DefaultAccessService } from './services/AccessService';
import {
  DatabaseAuditTrailStore,
  retentionCutoff,
} from './services/AuditTrailStore';
import {
  BufferedAuditTrailWriter,
  subscribeAuditTrail,
} from './services/AuditTrailWriter';
import { MetadataKnownPermissions } from './services/KnownPermissions';

/** The access model explained, and the audit trail of mutating actions. */
export const accessPlugin = createBackendPlugin({
  pluginId: 'access',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        database: coreServices.database,
        discovery: coreServices.discovery,
        engine: accessPolicyEngineServiceRef,
        events: eventsServiceRef,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
      },
      async init(deps) {
        const settings = readAccessBackendConfig(deps.config);
        deps.permissionsRegistry.addPermissions(accessPermissions);

        const store = await DatabaseAuditTrailStore.create({
          database: deps.database,
        });
        const writer = new BufferedAuditTrailWriter({
          store,
          logger: deps.logger,
        });
        deps.lifecycle.addShutdownHook(() => writer.stop());
        await subscribeAuditTrail({ ...deps, writer });

        await deps.scheduler.scheduleTask({
          id: 'access-audit-trail-purge',
          ...settings.purgeSchedule,
          fn: async () => {
            const cutoff = retentionCutoff(new Date(), settings.retentionDays);
            const purged = await store.purgeOlderThan(cutoff);
            deps.logger.info(
              `Purged ${purged} audit events older than ${cutoff.toISOString()}`,
            );
          },
        });

        const access = new DefaultAccessService({
          engine: deps.engine,
          auditTrail: store,
          knownPermissions: new MetadataKnownPermissions({
            ...deps,
            pluginIds: settings.matrixPlugins,
          }),
        });
        deps.httpRouter.use(await createRouter({ ...deps, access }));
      },
    });
  },
});
