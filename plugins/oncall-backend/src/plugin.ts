import {
  coreServices,
  createBackendPlugin,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { oncallPermissions } from '@localplus/plugin-oncall-common';
import {
  OnCallProvider,
  onCallProvidersExtensionPoint,
} from '@localplus/plugin-oncall-node';
import { readOnCallBackendConfig } from './config';
import { OnCallAccess } from './onCallAccess';
import { createPaging } from './paging';
import { NativeRotationProvider } from './providers/NativeRotationProvider';
import { NATIVE_PROVIDER_ID } from '@localplus/plugin-oncall-common';
import { createRouter } from './router';
import { CatalogOrganisation } from './services/Organisation';
import { OverrideService } from './services/OverrideService/OverrideService';
import { DatabaseOverrideStore } from './services/OverrideStore';
import { DefaultRotationService } from './services/RotationService/DefaultRotationService';

const migrationsDir = resolvePackagePath(
  '@localplus/plugin-oncall-backend',
  'migrations',
);

export interface OnCallPluginOptions {
  /** Business time for who is on call and what is past; tests pin it. */
  now?: () => Date;
}

/**
 * The on-call backend plugin. The default export is `oncallPlugin`; tests
 * build their own with a pinned clock.
 */
export function createOnCallPlugin(options: OnCallPluginOptions = {}) {
  return createBackendPlugin({
    pluginId: 'oncall',
    register(env) {
      const providers = new Map<string, OnCallProvider>();
      env.registerExtensionPoint(onCallProvidersExtensionPoint, {
        addProvider(provider) {
          if (
            provider.id === NATIVE_PROVIDER_ID ||
            providers.has(provider.id)
          ) {
            throw new Error(
              `An on-call provider with id "${provider.id}" is already installed`,
            );
          }
          providers.set(provider.id, provider);
        },
      });

      env.registerInit({
        deps: {
          auditor: coreServices.auditor,
          auth: coreServices.auth,
          catalog: catalogServiceRef,
          config: coreServices.rootConfig,
          database: coreServices.database,
          discovery: coreServices.discovery,
          httpAuth: coreServices.httpAuth,
          httpRouter: coreServices.httpRouter,
          logger: coreServices.logger,
          permissions: coreServices.permissions,
          permissionsRegistry: coreServices.permissionsRegistry,
          scheduler: coreServices.scheduler,
          urlReader: coreServices.urlReader,
        },
        async init(deps) {
          const { auth, catalog, logger, httpRouter } = deps;
          const settings = readOnCallBackendConfig(deps.config);
          const now = options.now ?? (() => new Date());
          const knex = await deps.database.getClient();
          if (!deps.database.migrations?.skip) {
            await knex.migrate.latest({ directory: migrationsDir });
          }

          const overrideStore = new DatabaseOverrideStore(knex);
          const organisation = new CatalogOrganisation({ catalog, auth });
          const rotations = new DefaultRotationService({
            providers: [
              new NativeRotationProvider({
                catalog,
                auth,
                urlReader: deps.urlReader,
                logger,
              }),
              ...providers.values(),
            ],
            overrideStore,
            organisation,
            logger,
            now,
          });
          // Each replica keeps its own copy of the rotations: a local task.
          await deps.scheduler.scheduleTask({
            id: 'oncall-refresh-rotations',
            scope: 'local',
            frequency: settings.refreshInterval,
            timeout: { minutes: 5 },
            fn: () => rotations.refresh(),
          });

          deps.permissionsRegistry.addPermissions(oncallPermissions);
          const access = new OnCallAccess(deps.permissions);
          const paging = await createPaging({
            knex,
            rotations,
            config: deps.config,
            logger,
            scheduler: deps.scheduler,
            auditor: deps.auditor,
            permissions: deps.permissions,
            httpAuth: deps.httpAuth,
            externalBaseUrl: await deps.discovery.getExternalBaseUrl('oncall'),
          });
          paging.authPolicies.forEach(policy =>
            httpRouter.addAuthPolicy(policy),
          );
          // Paging parses its own bodies (the webhook's limit is its own).
          httpRouter.use(paging.router);
          httpRouter.use(
            await createRouter({
              httpAuth: deps.httpAuth,
              access,
              views: {
                rotations,
                organisation,
                access,
                pageStore: paging.pageStore,
                catalog,
                now,
              },
              overrides: new OverrideService({
                rotations,
                store: overrideStore,
                organisation,
                access,
                auditor: deps.auditor,
                now,
                onChange: () => rotations.forgetOverrides(),
              }),
              overrideStore,
              coverageWeeks: settings.coverageWeeks,
            }),
          );
        },
      });
    },
  });
}

/** Rotations from every provider, overrides and swaps, pages, calendar feeds, coverage and fairness. */
export const oncallPlugin = createOnCallPlugin();
