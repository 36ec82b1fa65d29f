import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  SloMetricSource,
  sloMetricSourcesExtensionPoint,
} from '@localplus/plugin-slo-node';
import { readSloBackendConfig } from './config';
import { createRouter } from './router';
import { DefaultSloService } from './services/SloService/DefaultSloService';
import { EntitySloDocumentReader } from './services/SloService/entitySloDocuments';
import { ObjectiveEvaluator } from './services/SloService/objectiveEvaluator';
import { OpenSloDocumentLoader } from './services/SloService/openSloDocumentLoader';
import { DatabaseSnapshotStore } from './services/SnapshotStore';

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
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
      },
      async init(deps) {
        const { auth, cache, catalog, config, database, logger, scheduler } =
          deps;
        const settings = readSloBackendConfig(config);
        if (sources.size === 0) {
          logger.warn(
            'No SLO metric source is installed; objectives will show as not measurable',
          );
        }
        const slo = new DefaultSloService({
          catalog,
          auth,
          logger,
          documents: new EntitySloDocumentReader({
            loader: new OpenSloDocumentLoader(deps.urlReader),
            cache,
            logger,
            cacheTtlSeconds: settings.documentCacheTtlSeconds,
          }),
          evaluator: new ObjectiveEvaluator({
            sources,
            cache,
            logger,
            cacheTtlSeconds: settings.cacheTtlSeconds,
            batchSize: settings.batchSize,
            concurrency: settings.concurrency,
            minimumEvents: settings.minimumEvents,
          }),
          snapshots: await DatabaseSnapshotStore.create({ database }),
          defaultEnvironment: settings.defaultEnvironment,
          minimumEvents: settings.minimumEvents,
        });
        if (settings.snapshots) {
          await scheduler.scheduleTask({
            id: 'slo-budget-snapshots',
            ...settings.snapshots,
            fn: async () => {
              await slo.takeSnapshots();
            },
          });
        }
        deps.httpRouter.use(
          await createRouter({ httpAuth: deps.httpAuth, slo }),
        );
      },
    });
  },
});
