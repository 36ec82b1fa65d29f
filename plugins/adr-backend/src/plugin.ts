import {
  coreServices,
  createBackendPlugin,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { adrPermissions } from '@localplus/plugin-adr-common';
import {
  adrParsersExtensionPoint,
  DecisionParser,
  defaultDecisionParsers,
  parseDecisionFile,
} from '@localplus/plugin-adr-node';
import { BasicPermissionGate } from '@localplus/plugin-access-node';
import { createAuthoringTarget } from './authoringTarget';
import { readAdrBackendConfig } from './config';
import { installedParsers } from './installedParsers';
import { createRouter } from './router';
import { createAuthoringService } from './services/authoring/AuthoringService';
import { DecisionIndexer } from './services/indexer/DecisionIndexer';
import { memoizeParse } from './services/indexer/memoizedParse';
import { NewRecordService } from './services/records/NewRecordService';
import { GithubPullRequestSource } from './services/review/GithubPullRequestSource';
import { ReviewService } from './services/review/ReviewService';
import { CatalogDecisionSources } from './services/sources/CatalogDecisionSources';
import { DatabaseDecisionStore } from './services/store/DatabaseDecisionStore';

const migrationsDir = resolvePackagePath(
  '@localplus/plugin-adr-backend',
  'migrations',
);

/** The id of the scheduled refresh of the whole index. */
export const REFRESH_TASK_ID = 'adr-refresh-index';

export interface AdrPluginOptions {
  /** Business time: dates of new records, what is past its review date. Tests pin it. */
  now?: () => Date;
}

/**
 * The ADR backend plugin. The default export is `adrPlugin`; tests build
 * their own with a pinned clock.
 */
export function createAdrPlugin(options: AdrPluginOptions = {}) {
  return createBackendPlugin({
    pluginId: 'adr',
    register(env) {
      const moduleParsers: DecisionParser[] = [];
      env.registerExtensionPoint(adrParsersExtensionPoint, {
        addParser(parser) {
          if (moduleParsers.some(known => known.id === parser.id)) {
            throw new Error(
              `A decision parser with id "${parser.id}" is already installed`,
            );
          }
          moduleParsers.push(parser);
        },
      });

      env.registerInit({
        deps: {
          auditor: coreServices.auditor,
          auth: coreServices.auth,
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
          userInfo: coreServices.userInfo,
        },
        async init(deps) {
          const { auth, catalog, config, logger } = deps;
          const settings = readAdrBackendConfig(config);
          const now = options.now ?? (() => new Date());
          const parsers = installedParsers(
            moduleParsers,
            defaultDecisionParsers(),
          );
          const knex = await deps.database.getClient();
          if (!deps.database.migrations?.skip) {
            await knex.migrate.latest({ directory: migrationsDir });
          }
          deps.permissionsRegistry.addPermissions(adrPermissions);

          const store = new DatabaseDecisionStore(knex);
          const { writer, localDrafts } = createAuthoringTarget(
            settings.authoring,
            { config, logger },
          );
          const sources = new CatalogDecisionSources({
            catalog,
            auth,
            urlReader: deps.urlReader,
            integrations: ScmIntegrations.fromConfig(config),
            localDrafts,
          });
          const indexer = new DecisionIndexer({
            sources,
            store,
            // Unchanged files are not parsed again at each refresh.
            parse: memoizeParse(file => parseDecisionFile(file, parsers)),
            logger,
            now,
          });
          // The index is in the shared database: one replica refreshes it for all.
          await deps.scheduler.scheduleTask({
            id: REFRESH_TASK_ID,
            scope: 'global',
            frequency: settings.refreshInterval,
            timeout: { minutes: 30 },
            initialDelay: { seconds: 30 },
            fn: async () => {
              await indexer.refreshAll();
            },
          });

          deps.httpRouter.use(
            await createRouter({
              httpAuth: deps.httpAuth,
              access: new BasicPermissionGate(deps.permissions),
              auditor: deps.auditor,
              store,
              indexer,
              review: new ReviewService({
                store,
                catalog,
                auth,
                userInfo: deps.userInfo,
                logger,
                pullRequests: settings.reviewPullRequests
                  ? GithubPullRequestSource.fromConfig(config, { logger })
                  : undefined,
                now,
              }),
              records: new NewRecordService({
                sources,
                store,
                authoring: createAuthoringService({ writer, now }),
                indexer,
                logger,
              }),
            }),
          );
        },
      });
    },
  });
}

/** Decision folders indexed, the log, the graph, the review queue and new records. */
export const adrPlugin = createAdrPlugin();
