import type { JsonObject } from '@backstage/types';
import type { Server } from 'node:http';
import {
  ACCESS_ROLE_IDS,
  type AccessAuditPage,
  AccessRoleId,
} from '@localplus/plugin-access-common';
import {
  PreparedFixtures,
  prepareFixtures,
} from './__testUtils__/batteryFixtures';
import {
  absentWithoutBuiltFrontend,
  allTableKeys,
  decisionFor,
  isBelow,
  ResolvedDecision,
  routeKey,
} from './__testUtils__/decisions';
import {
  DiscoveredRoute,
  discoverRoutes,
} from './__testUtils__/discoverRoutes';
import { sendSample } from './__testUtils__/sendSample';
import { signInWhenIngested } from './__testUtils__/signIn';
import {
  BatteryBackend,
  startBatteryBackend,
} from './__testUtils__/startBatteryBackend';
import {
  BatteryFixtures,
  Caller,
  GuardedRoute,
  isPublic,
  ROLE_DEMO_USERS,
  SampleRequest,
} from './__testUtils__/routeTable';

// Generous: under the full test command the bundled catalog takes minutes
// to ingest on two cores (alone, about 30 s).
jest.setTimeout(420_000);

/** The demo users of every role may sign in, not only development's four. */
function withEveryRoleUser(config: JsonObject): JsonObject {
  const auth = config.auth as JsonObject;
  const providers = auth.providers as JsonObject;
  return {
    ...config,
    auth: {
      ...auth,
      providers: {
        ...providers,
        demoUsers: { users: Object.values(ROLE_DEMO_USERS) },
      },
    },
  };
}

function sampleOf(
  resolved: ResolvedDecision,
  fixtures: BatteryFixtures,
  caller: Caller,
): SampleRequest {
  const entry = resolved.decision as GuardedRoute;
  const sample =
    typeof entry.sample === 'function'
      ? entry.sample(fixtures, caller)
      : entry.sample;
  const prefix = resolved.perPluginMount ?? '';
  return { ...sample, path: `${prefix}${sample.path}` };
}

/**
 * Decisions upstream plugins take on read routes, which are not ours to
 * change: the scaffolder asks `scaffolder.template.dry-run` on the person's
 * behalf while listing its actions (`GET /v2/actions` and
 * `/.backstage/actions/v1/actions`, scaffolder-backend 4.2).
 */
const UPSTREAM_READ_DECISIONS = [
  'scaffolder.template.dry-run (Asked by the scaffolder plugin.)',
];

/**
 * The policy's decisions in the audit trail from `since` on, as
 * `actor action (plugin)`, once the access backend's buffered writer has
 * written them (it flushes every 500 ms).
 */
async function policyDecisionsSince(
  server: Server,
  since: string,
  adminToken: string,
): Promise<string[]> {
  await new Promise(resolve => setTimeout(resolve, 1_500));
  const port = (server.address() as { port: number }).port;
  const found: string[] = [];
  let before: string | undefined;
  for (;;) {
    const query = new URLSearchParams({
      limit: '200',
      ...(before ? { before } : {}),
    });
    const response = await fetch(
      `http://localhost:${port}/api/access/audit?${query}`,
      { headers: { authorization: `Bearer ${adminToken}` } },
    );
    if (!response.ok) {
      throw new Error(`GET /api/access/audit answered ${response.status}`);
    }
    const page = (await response.json()) as AccessAuditPage;
    const recent = page.events.filter(event => event.at >= since);
    found.push(
      ...recent
        .filter(event => event.source === 'policy')
        .map(event => `${event.actor} ${event.action} (${event.detail})`),
    );
    if (recent.length < page.events.length || !page.nextBefore) {
      return found;
    }
    before = page.nextBefore;
  }
}

/**
 * Every route of the running backend (the real feature list of features.ts,
 * with the repository's app-config.yaml and the access policy), checked
 * without credentials and as each role's demo user against the route table.
 */
describe('the route battery', () => {
  let backend: BatteryBackend;
  let tokens: Map<string, string>;
  let fixtures: PreparedFixtures;
  let routes: DiscoveredRoute[];
  let decisions: Map<DiscoveredRoute, ResolvedDecision>;

  const openPaths = (pluginId: string) =>
    (backend.pluginRouters.get(pluginId)?.authPolicies ?? [])
      .filter(policy => policy.allow === 'unauthenticated')
      .map(policy => policy.path);

  beforeAll(async () => {
    backend = await startBatteryBackend({ configOverride: withEveryRoleUser });
    tokens = await signInWhenIngested(
      backend.server,
      Object.values(ROLE_DEMO_USERS),
      300_000,
    );
    fixtures = await prepareFixtures({
      server: backend.server,
      callers: ['anonymous', ...ACCESS_ROLE_IDS],
      adminToken: tokens.get(ROLE_DEMO_USERS.admin)!,
      developerToken: tokens.get(ROLE_DEMO_USERS.developer)!,
      entityRefs: ['component:default/svc-ledger'],
    });
    // Search answers 500 for a document type until its collator has run once.
    await backend.scheduler.triggerTask('search_index_software_catalog');
    routes = discoverRoutes(backend.server, backend.pluginRouters);
    decisions = new Map();
    for (const route of routes) {
      const resolved = decisionFor(route, openPaths);
      if (resolved) decisions.set(route, resolved);
    }
    const all = [...decisions.values()];
    const open = all.filter(d => isPublic(d.decision)).length;
    const guarded = all.length - open;
    const roles = ACCESS_ROLE_IDS.length;
    process.stdout.write(
      `Route battery: ${
        routes.length
      } routes (${open} public, ${guarded} guarded) x ${roles} roles = ${
        guarded * roles
      } role checks, plus ${guarded} checks without credentials\n`,
    );
  });

  afterAll(async () => {
    await backend?.close();
    await fixtures?.remove();
  });

  const guardedRoutes = () =>
    routes.flatMap(route => {
      const resolved = decisions.get(route);
      return resolved && !isPublic(resolved.decision)
        ? [{ route, resolved, entry: resolved.decision }]
        : [];
    });

  it('has a decision for every route, and every decision has its route', () => {
    const undecided = routes
      .filter(route => !decisions.has(route))
      .map(routeKey);
    const used = new Set([...decisions.values()].map(d => d.source));
    const { own, perPlugin } = allTableKeys();
    const stale = [...own, ...perPlugin].filter(
      key => !used.has(key) && !absentWithoutBuiltFrontend(key),
    );
    expect({ undecided, stale }).toEqual({ undecided: [], stale: [] });
  });

  it('opens without credentials only routes their plugin opened, or Backstage itself', async () => {
    const unjustified: string[] = [];
    for (const route of routes) {
      const resolved = decisions.get(route);
      if (!resolved || !isPublic(resolved.decision)) continue;
      const below = route.plugin
        ? route.path.slice(route.plugin.mountPath.length)
        : undefined;
      const openedByPlugin =
        route.plugin &&
        below !== undefined &&
        openPaths(route.plugin.id).some(p => isBelow(below, p));
      if (openedByPlugin) continue;
      // Opened by Backstage itself (health, service keys): proven by asking.
      const path = route.path.replace(/\/\*.*$/, '/');
      const answer = await sendSample(
        backend.server,
        route,
        { path },
        undefined,
      );
      if (answer.status === 401) {
        unjustified.push(`${routeKey(route)}: answers 401 without credentials`);
      }
    }
    expect(unjustified).toEqual([]);
  });

  it('answers 401 on every other route to a request without credentials', async () => {
    const open: string[] = [];
    for (const { route, resolved } of guardedRoutes()) {
      const answer = await sendSample(
        backend.server,
        route,
        sampleOf(resolved, fixtures, 'anonymous'),
        undefined,
      );
      if (answer.status !== 401) {
        open.push(
          `${routeKey(route)} answered ${answer.status}: ${answer.excerpt}`,
        );
      }
    }
    expect(open).toEqual([]);
  });

  it.each(ACCESS_ROLE_IDS.map(role => [role, ROLE_DEMO_USERS[role]]))(
    'answers the %s (%s) as the route table says',
    async (role, user) => {
      const token = tokens.get(user)!;
      const wrong: string[] = [];
      for (const { route, resolved, entry } of guardedRoutes()) {
        const expected = entry.expect[role as AccessRoleId];
        const answer = await sendSample(
          backend.server,
          route,
          sampleOf(resolved, fixtures, role as AccessRoleId),
          token,
        );
        const refused = answer.status === 401 || answer.status === 403;
        const failed = answer.status >= 500 && !entry.serverErrorExpected;
        const ok =
          expected === 'deny' ? answer.status === 403 : !refused && !failed;
        if (!ok) {
          wrong.push(
            `${routeKey(route)}: expected ${expected}, answered ${
              answer.status
            } ${answer.excerpt}`,
          );
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('records no decision of the policy while a person only reads', async () => {
    // The policy keeps the non-read decisions a plugin takes while acting
    // for a person (the audit trail). A read route asking one on the
    // person's behalf (whether to offer a button, say) would be recorded as
    // an attempt to change something on every page view: pages ask such
    // questions themselves. One role suffices: every decision is kept,
    // allowed or denied.
    const role: AccessRoleId = 'developer';
    const token = tokens.get(ROLE_DEMO_USERS[role])!;
    const since = new Date().toISOString();
    for (const { route, resolved } of guardedRoutes()) {
      const sample = sampleOf(resolved, fixtures, role);
      const method = sample.method ?? route.method;
      if (method === 'GET') {
        await sendSample(backend.server, route, sample, token);
      }
    }
    const recorded = await policyDecisionsSince(
      backend.server,
      since,
      tokens.get(ROLE_DEMO_USERS.admin)!,
    );
    expect(
      recorded.filter(
        line => !UPSTREAM_READ_DECISIONS.some(known => line.includes(known)),
      ),
    ).toEqual([]);
  });

  it('lists the gaps the table records', () => {
    const gaps = guardedRoutes()
      .filter(({ entry }) => entry.gap)
      .map(({ route, entry }) => `${routeKey(route)}: ${entry.gap}`);
    if (gaps.length > 0) {
      process.stdout.write(
        `Route battery gaps (${gaps.length}):\n${gaps.join('\n')}\n`,
      );
    }
    expect(gaps.every(gap => gap.length > 0)).toBe(true);
  });
});
