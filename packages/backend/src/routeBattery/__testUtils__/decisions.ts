import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  isPublic,
  perPluginRoutes,
  RouteDecision,
  routeTable,
} from './routeTable';
import type { DiscoveredRoute } from './discoverRoutes';

/** `METHOD /path`, as the table is keyed. */
export function routeKey(route: DiscoveredRoute): string {
  return `${route.method} ${route.path}`;
}

/** The route's key below its plugin's mount point, for the per-plugin routes. */
function perPluginKey(route: DiscoveredRoute): string | undefined {
  if (!route.plugin) return undefined;
  const below = route.path.slice(route.plugin.mountPath.length);
  return `${route.method} ${below}`;
}

/** Where the decision for a route comes from, for the battery's messages. */
export interface ResolvedDecision {
  decision: RouteDecision;
  /** The table key that holds it. */
  source: string;
  /**
   * Set for Backstage's routes below every plugin: the plugin's mount path,
   * which their samples are relative to.
   */
  perPluginMount?: string;
}

/**
 * The decision for a discovered route: its own entry, else the per-plugin
 * entry for Backstage's routes below every plugin. Those are public where
 * the plugin opened its whole path to unauthenticated requests (auth, app).
 */
export function decisionFor(
  route: DiscoveredRoute,
  openPaths: (pluginId: string) => string[],
): ResolvedDecision | undefined {
  const key = routeKey(route);
  if (routeTable[key]) return { decision: routeTable[key], source: key };
  const below = perPluginKey(route);
  const shared = below ? perPluginRoutes[below] : undefined;
  if (!shared || !below || !route.plugin) return undefined;
  const belowPath = below.slice(below.indexOf(' ') + 1);
  const open = openPaths(route.plugin.id).find(p => isBelow(belowPath, p));
  const perPluginMount = route.plugin.mountPath;
  if (open !== undefined && !isPublic(shared)) {
    return {
      decision: {
        public: `${route.plugin.id} opens ${open} to unauthenticated requests; ${shared.checks}`,
      },
      source: below,
      perPluginMount,
    };
  }
  return { decision: shared, source: below, perPluginMount };
}

/** True when `path` is `prefix` or below it. */
export function isBelow(path: string, prefix: string): boolean {
  const p = prefix.replace(/\/$/, '');
  return path === p || path.startsWith(`${p}/`) || p === '';
}

/** Every key of the table and of the per-plugin routes, for the stale-entry check. */
export function allTableKeys(): { own: string[]; perPlugin: string[] } {
  return {
    own: Object.keys(routeTable),
    perPlugin: Object.keys(perPluginRoutes),
  };
}

const builtFrontend = existsSync(
  resolve(__dirname, '../../../../app/dist/static'),
);

/**
 * True for a frontend route when no frontend is built: the app backend then
 * mounts nothing, so the table's entry has no route to meet.
 */
export function absentWithoutBuiltFrontend(key: string): boolean {
  const decision = routeTable[key];
  return (
    !builtFrontend &&
    decision !== undefined &&
    isPublic(decision) &&
    decision.onlyWithBuiltFrontend === true
  );
}
