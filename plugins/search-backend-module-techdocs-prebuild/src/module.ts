import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';

const TECHDOCS_REF = 'backstage.io/techdocs-ref';
/**
 * The search backend's task for the TechDocs collator (`search_index_<type>`).
 * Search answers 500 (MissingIndexError) until a collator has run once, so it
 * is triggered as soon as the sites are built rather than on its schedule.
 */
export const TECHDOCS_INDEX_TASK = 'search_index_techdocs';
/** This module's own task. */
export const PREBUILD_TASK = 'localplus-techdocs-prebuild';

/**
 * Development only: TechDocs are built the first time someone opens them, and
 * the search index only holds docs already built, so a fresh dev portal could
 * not find a runbook by its title. This module builds every TechDocs site kept
 * beside its entity (`dir:` references) shortly after startup, then asks the
 * search backend to index TechDocs at once. Enabled by
 * `localplus.techdocs.prebuildLocalDocs`.
 */
export const searchModuleLocalTechDocsPrebuild = createBackendModule({
  pluginId: 'search',
  moduleId: 'techdocs-prebuild',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({ config, scheduler, discovery, auth, logger, catalog }) {
        if (
          !config.getOptionalBoolean('localplus.techdocs.prebuildLocalDocs')
        ) {
          return;
        }
        await scheduler.scheduleTask({
          id: PREBUILD_TASK,
          scope: 'local',
          frequency: { minutes: 30 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 10 },
          fn: async () => {
            const credentials = await auth.getOwnServiceCredentials();
            const { items } = await catalog.getEntities(
              {
                fields: [
                  'kind',
                  'metadata.name',
                  'metadata.namespace',
                  'metadata.annotations',
                ],
              },
              { credentials },
            );
            const local = items.filter(entity =>
              entity.metadata.annotations?.[TECHDOCS_REF]?.startsWith('dir:'),
            );
            const baseUrl = await discovery.getBaseUrl('techdocs');
            const { token } = await auth.getPluginRequestToken({
              onBehalfOf: credentials,
              targetPluginId: 'techdocs',
            });
            for (const entity of local) {
              const ref = `${
                entity.metadata.namespace ?? 'default'
              }/${entity.kind.toLowerCase()}/${entity.metadata.name}`;
              const response = await fetch(`${baseUrl}/sync/${ref}`, {
                headers: { Authorization: `Bearer ${token}` },
              });
              // The sync endpoint streams build events; an "error" event means the build failed.
              const events = await response.text();
              if (!response.ok || events.includes('event: error')) {
                logger.warn(
                  `TechDocs of ${ref} could not be built (${response.status})`,
                );
              }
            }
            logger.info(
              `Built the TechDocs of ${local.length} entities; indexing them for search`,
            );
            await scheduler.triggerTask(TECHDOCS_INDEX_TASK);
          },
        });
      },
    });
  },
});
