import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  SloMetricSource,
  sloMetricSourcesExtensionPoint,
} from '@localplus/plugin-slo-node';
import { sloPermissions } from '@localplus/plugin-slo-common';
import { readTierAnnotation } from '@localplus/plugin-tiers-common';
import { readSloBackendConfig } from './config';
import { createRouter } from './router';
import { createSloAccess } from './sloAccess';
import { createSloService } from './services/createSloService';

/** SLOs and error budgets, measured from each entity's OpenSLO documents. */
export const sloPlugin = createBackendPlugin({
  pluginId: 'slo',
  register(env) {
    const sources = new Map<string, SloMetricSource>();
    env.registerExtensionPoint(sloMetricSourcesExtensionPoint, {
      addMetricSource(source) {
        const type = source.type.toLowerCase();
        if (sources.has(type)) {
          throw new Error(
            `A metric source of type "${type}" is already installed`,
          );
        }
        sources.set(type, source);
      },
    });

    env.registerInit({
      deps: {
        auth: coreServices.auth,
        cache: coreServices.cache,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
      },
      async init(deps) {
        const settings = readSloBackendConfig(deps.config);
        const slo = await createSloService({
          ...deps,
          sources,
          settings,
          tierAnnotation: readTierAnnotation(deps.config),
        });
        if (settings.snapshots) {
          await deps.scheduler.scheduleTask({
            id: 'slo-budget-snapshots',
            ...settings.snapshots,
            fn: async () => {
              await slo.takeSnapshots();
            },
          });
        }
        deps.permissionsRegistry.addPermissions(sloPermissions);
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            access: createSloAccess(deps.permissions),
            slo,
          }),
        );
      },
    });
  },
});
