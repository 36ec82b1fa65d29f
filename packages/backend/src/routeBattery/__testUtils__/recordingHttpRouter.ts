import {
  coreServices,
  createServiceFactory,
  HttpRouterService,
  HttpRouterServiceAuthPolicy,
} from '@backstage/backend-plugin-api';
import { httpRouterServiceFactory } from '@backstage/backend-defaults/httpRouter';

type Handler = Parameters<HttpRouterService['use']>[0];

/** What each plugin handed to its `httpRouter`, by plugin id. */
export interface PluginRouterRecord {
  /** The handlers passed to `httpRouter.use`, as given (before any wrapping). */
  handlers: Handler[];
  /** The paths the plugin opened with `httpRouter.addAuthPolicy`. */
  authPolicies: HttpRouterServiceAuthPolicy[];
}

type FactoryInternals = {
  factory(
    deps: Record<string, unknown>,
    context: unknown,
  ): Promise<HttpRouterService>;
};

/**
 * Backstage's own httpRouter service (credentials barrier, lifecycle, rate
 * limit and error handling unchanged), which also records what each plugin
 * mounts. The route walk needs the handlers as the plugin gave them: the
 * router wraps each one in a function that hides an Express sub-app's routes
 * (the scaffolder mounts one).
 */
export function recordingHttpRouterServiceFactory(
  records: Map<string, PluginRouterRecord>,
) {
  const real = httpRouterServiceFactory as unknown as FactoryInternals;
  if (typeof real.factory !== 'function') {
    throw new Error(
      'httpRouterServiceFactory no longer exposes its factory; the route battery must capture plugin routers another way',
    );
  }
  return createServiceFactory({
    service: coreServices.httpRouter,
    initialization: 'always',
    deps: {
      plugin: coreServices.pluginMetadata,
      config: coreServices.rootConfig,
      lifecycle: coreServices.lifecycle,
      rootHttpRouter: coreServices.rootHttpRouter,
      auth: coreServices.auth,
      httpAuth: coreServices.httpAuth,
      logger: coreServices.logger,
    },
    async factory(deps) {
      const router = await real.factory(deps, undefined);
      const record: PluginRouterRecord = { handlers: [], authPolicies: [] };
      records.set(deps.plugin.getId(), record);
      return {
        use(handler) {
          record.handlers.push(handler);
          router.use(handler);
        },
        addAuthPolicy(policy) {
          record.authPolicies.push(policy);
          router.addAuthPolicy(policy);
        },
      };
    },
  });
}
