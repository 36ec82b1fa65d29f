import type { Server } from 'node:http';
import type { PluginRouterRecord } from './recordingHttpRouter';

/** One way into the running backend: `GET /api/catalog/entities`, say. */
export interface DiscoveredRoute {
  /**
   * Upper-case HTTP method; `ALL` for `router.all`; `USE` for a middleware
   * of a plugin that may answer any path below its mount point.
   */
  method: string;
  /** The full path as Express declares it, parameters as `:name`. */
  path: string;
  /** The plugin whose router serves it, if any, and where that router is mounted. */
  plugin?: { id: string; mountPath: string };
}

type RouteOwner = DiscoveredRoute['plugin'];

/** What Express 4 keeps of each `use`/`get`/... call (not a public API). */
interface ExpressLayer {
  name: string;
  handle: Mountable;
  regexp: RegExp & { fast_slash?: boolean; fast_star?: boolean };
  keys: Array<{ name: string | number }>;
  route?: {
    path: string | RegExp | Array<string | RegExp>;
    methods: Record<string, boolean>;
  };
}

/** A router (`stack`), an app (`_router.stack`) or a plain middleware. */
type Mountable = ((...args: never[]) => unknown) & {
  stack?: ExpressLayer[];
  _router?: { stack: ExpressLayer[] };
};

/**
 * Plain middleware that never answers a request itself: it reads or checks
 * the request and passes it on (a 400 for a malformed body at most). Any
 * other plain middleware of a plugin may serve requests below its mount
 * path, so it is reported as a `USE` route that needs a decision.
 */
const PASS_THROUGH_MIDDLEWARE = new Set([
  // What every Express app runs first (the scaffolder mounts an app).
  'query',
  'expressInit',
  // Body and cookie parsers.
  'jsonParser',
  'urlencodedParser',
  'textParser',
  'rawParser',
  'cookieParser',
  // The OpenAPI request validator of @backstage/backend-openapi-utils.
  'pathParamsMiddleware',
  'metadataMiddleware',
  'securityMiddleware',
  'multipartMiddleware',
  'requestMiddleware',
  // Helmet's header.
  'xFrameOptionsMiddleware',
]);

/**
 * Turns a mount path regexp of Express 4 (path-to-regexp 0.1) back into the
 * path it was made from: `^\/api\/catalog\/?(?=\/|$)` is `/api/catalog`.
 */
export function mountPathOf(layer: Pick<ExpressLayer, 'regexp' | 'keys'>) {
  if (layer.regexp.fast_slash) return '';
  if (layer.regexp.fast_star) return '/*';
  let keyIndex = 0;
  const nextKey = () => String(layer.keys[keyIndex++]?.name);
  const path = layer.regexp.source
    .replace(/^\^/, '')
    .replace(/\\\/\?\(\?=\\\/\|\$\)$/, '')
    .replace(/\(\?:\\\/\(\[\^\/\]\+\?\)\)(\?)?/g, (_m, optional) => {
      return `/:${nextKey()}${optional ?? ''}`;
    })
    .replace(/\(\.\*\)/g, () => {
      nextKey();
      return '*';
    })
    .replace(/\\(.)/g, '$1');
  if (/[()[\]^$|+]/.test(path)) {
    throw new Error(`Cannot read the mount path ${layer.regexp}`);
  }
  return path;
}

function routePaths(path: string | RegExp | Array<string | RegExp>): string[] {
  return (Array.isArray(path) ? path : [path]).map(p =>
    typeof p === 'string' ? p : `regexp:${p.source}`,
  );
}

function innerStack(handle: Mountable): ExpressLayer[] | undefined {
  return handle.stack ?? handle._router?.stack;
}

/** Every route and answering middleware of a plugin's own handler, at `prefix`. */
function walkPluginHandler(
  handle: Mountable,
  prefix: string,
  found: DiscoveredRoute[],
  plugin: RouteOwner,
): void {
  const stack = innerStack(handle);
  if (!stack) {
    if (!PASS_THROUGH_MIDDLEWARE.has(handle.name)) {
      found.push({
        method: 'USE',
        path: `${prefix}/* (${handle.name || '<anonymous>'})`,
        plugin,
      });
    }
    return;
  }
  for (const layer of stack) {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).map(m =>
        m === '_all' ? 'ALL' : m.toUpperCase(),
      );
      for (const path of routePaths(layer.route.path)) {
        for (const method of methods) {
          found.push({ method, path: `${prefix}${path}`, plugin });
        }
      }
    } else if (layer.handle.length !== 4) {
      // (Error handlers take four arguments and only format failures.)
      walkPluginHandler(
        layer.handle,
        `${prefix}${mountPathOf(layer)}`,
        found,
        plugin,
      );
    }
  }
}

/**
 * A plugin's router as Backstage's httpRouter service builds it: its own
 * middleware (rate limit, lifecycle, credentials barrier: they only pass
 * requests on or refuse them), its two routers of well-known routes (service
 * keys, auth cookie), then one router holding what the plugin mounted, then
 * the error handler. The plugin's part is read from what it handed over.
 */
function walkPluginMount(
  handle: Mountable,
  prefix: string,
  pluginId: string,
  record: PluginRouterRecord,
  found: DiscoveredRoute[],
): void {
  const plugin = { id: pluginId, mountPath: prefix };
  const stack = innerStack(handle);
  const pluginRoutesIndex = (stack ?? []).length - 2;
  const pluginRoutes = stack?.[pluginRoutesIndex];
  if (
    !stack ||
    !pluginRoutes ||
    innerStack(pluginRoutes.handle)?.length !== record.handlers.length
  ) {
    throw new Error(
      `The router at ${prefix} is not shaped as the httpRouter service builds it; update discoverRoutes`,
    );
  }
  stack.slice(0, pluginRoutesIndex).forEach(layer => {
    if (innerStack(layer.handle)) {
      const path = `${prefix}${mountPathOf(layer)}`;
      walkPluginHandler(layer.handle, path, found, plugin);
    }
  });
  for (const handler of record.handlers) {
    walkPluginHandler(handler as Mountable, prefix, found, plugin);
  }
}

/**
 * Every route of a running backend: the root routers (health, then each
 * mount of the root HTTP router, including the app served at `/`), each
 * plugin's routes below `/api/<pluginId>` and the routers and sub-apps the
 * plugins mount inside their own. The plain middleware of the server's app
 * and of the root HTTP router itself (depth 0 and 1: not-found, errors, the
 * `/api` guard) is Backstage's and is not listed; below that, everything was
 * mounted by a plugin (`rootHttpRouter.use`) and is.
 */
export function discoverRoutes(
  server: Server,
  plugins: ReadonlyMap<string, PluginRouterRecord>,
): DiscoveredRoute[] {
  const [app] = server.listeners('request') as Mountable[];
  const rootStack = app && innerStack(app);
  if (!rootStack) {
    throw new Error('The server is not served by an Express 4 app');
  }
  const pluginByHandle = new Map<unknown, string>();
  const found: DiscoveredRoute[] = [];
  const walkRoot = (stack: ExpressLayer[], prefix: string, depth: number) => {
    for (const layer of stack) {
      const path = `${prefix}${layer.route ? '' : mountPathOf(layer)}`;
      const pluginId = /^\/api\/([^/]+)$/.exec(path)?.[1];
      const record = pluginId ? plugins.get(pluginId) : undefined;
      const inner = innerStack(layer.handle);
      if (record && pluginId) {
        pluginByHandle.set(layer.handle, pluginId);
        walkPluginMount(layer.handle, path, pluginId, record, found);
      } else if (pluginByHandle.has(layer.handle)) {
        // The root HTTP router serves the app plugin's router at `/` too.
        const id = pluginByHandle.get(layer.handle)!;
        walkPluginMount(layer.handle, path, id, plugins.get(id)!, found);
      } else if (layer.route) {
        walkPluginHandler(routeOnly(layer), prefix, found, undefined);
      } else if (inner && depth < 2) {
        walkRoot(inner, path, depth + 1);
      } else if (depth >= 2) {
        walkPluginHandler(layer.handle, path, found, undefined);
      }
    }
  };
  walkRoot(rootStack, '', 0);
  const unique = new Map(found.map(r => [`${r.method} ${r.path}`, r]));
  return [...unique.values()];
}

/** A route layer seen as a one-layer router, to share the route reading. */
function routeOnly(layer: ExpressLayer): Mountable {
  return Object.assign(() => undefined, { stack: [layer] }) as Mountable;
}
