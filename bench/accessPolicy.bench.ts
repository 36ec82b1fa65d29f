/*
 * Cost of the access policy on a list of 1,000 catalog entities, as a ratio
 * against the allow-all policy measured in the same run. Each side is a real
 * catalog and permission backend (SQLite in memory) holding the LOCAL-PLUS
 * organisation from catalog/org and 1,000 generated components owned by its
 * teams; a developer lists them all, and a platform engineer asks for 1,000
 * refresh decisions (conditional under the policy: the catalog
 * applies the ownership condition to each entity). Tokens come from a real
 * sign-in (the development demo users provider), as in the portal.
 *   node --require @backstage/cli-node/config/nodeTransform.cjs bench/accessPolicy.bench.ts
 */
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { BackendFeature } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/config';
import authPlugin from '@backstage/plugin-auth-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import demoUsersProvider from '@localplus/plugin-auth-backend-module-demo-users-provider';
import permissionPlugin from '@backstage/plugin-permission-backend';
import allowAllPolicy from '@backstage/plugin-permission-backend-module-allow-all-policy';
import accessPolicy from '@localplus/plugin-permission-backend-module-access-policy';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import request from 'supertest';
import YAML, { parseAllDocuments } from 'yaml';

const ENTITIES = 1_000;
const RUNS = 15;
const TEAMS = [
  'team-loyalty',
  'team-merchant',
  'team-engagement',
  'platform-team',
];
const root = path.resolve(__dirname, '..');

type Server = Parameters<typeof request>[0];

function orgDocuments(): string {
  const dir = path.join(root, 'catalog', 'org');
  return fs
    .readdirSync(dir)
    .filter(name => name.endsWith('.yaml'))
    .map(name => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n---\n');
}

function componentDocuments(): string {
  return Array.from({ length: ENTITIES }, (_, i) =>
    YAML.stringify({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `svc-bench-${String(i).padStart(4, '0')}` },
      spec: {
        type: 'service',
        lifecycle: 'experimental',
        owner: `group:default/${TEAMS[i % TEAMS.length]}`,
      },
    }),
  ).join('---\n');
}

function accessConfig(): JsonObject {
  const config = YAML.parse(
    fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
  );
  return config.localplus.access;
}

async function startSide(policy: BackendFeature, catalogFile: string) {
  return startTestBackend({
    features: [
      catalogPlugin,
      permissionPlugin,
      policy,
      authPlugin,
      demoUsersProvider,
      authServiceFactory,
      httpAuthServiceFactory,
      userInfoServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            environment: 'development',
            providers: { demoUsers: { users: [DEVELOPER, PLATFORM_ENGINEER] } },
          },
          backend: {
            database: { client: 'better-sqlite3', connection: ':memory:' },
          },
          permission: { enabled: true },
          localplus: { access: accessConfig() },
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'User', 'Location'] }],
            locations: [{ type: 'file', target: catalogFile }],
            processingInterval: { minutes: 30 },
          },
        },
      }),
    ],
  });
}

const DEVELOPER = 'lucas-bernard';
const PLATFORM_ENGINEER = 'marc-lefevre';
const tokens = new Map<Server, Map<string, string>>();

async function signIn(server: Server, user: string) {
  const res = await request(server)
    .get('/api/auth/demoUsers/refresh?env=development')
    .set('x-localplus-demo-user', user)
    .set('x-requested-with', 'XMLHttpRequest');
  const token = res.body?.backstageIdentity?.token;
  if (res.status !== 200 || typeof token !== 'string') {
    throw new Error(
      `sign-in as ${user}: ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
  const byUser = tokens.get(server) ?? new Map<string, string>();
  byUser.set(user, token);
  tokens.set(server, byUser);
}

function as(server: Server, user: string) {
  return `Bearer ${tokens.get(server)?.get(user)}`;
}

async function waitForComponents(server: Server) {
  const deadline = Date.now() + 300_000;
  for (;;) {
    // Sign-in needs the person in the catalog: retry until ingested.
    const signedIn = await Promise.all(
      [DEVELOPER, PLATFORM_ENGINEER].map(user =>
        signIn(server, user).then(
          () => true,
          () => false,
        ),
      ),
    );
    const res = signedIn.every(Boolean)
      ? await request(server)
          .get(
            '/api/catalog/entities/by-query?filter=kind=component&limit=1&fields=metadata.name',
          )
          .set('Authorization', as(server, PLATFORM_ENGINEER))
      : undefined;
    if (res?.status === 200 && res.body.totalItems >= ENTITIES) return;
    if (Date.now() > deadline) {
      throw new Error(
        `catalog never ingested ${ENTITIES} components: ${
          res?.status
        } ${JSON.stringify(res?.body)}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

async function listAll(server: Server): Promise<number> {
  const res = await request(server)
    .get('/api/catalog/entities/by-query?filter=kind=component&limit=1000')
    .set('Authorization', as(server, DEVELOPER));
  if (res.status !== 200 || res.body.items.length !== ENTITIES) {
    throw new Error(
      `list answered ${res.status} with ${res.body.items?.length} items`,
    );
  }
  return res.body.items.length;
}

/** The permission backend takes at most 100 kB per request: 250 per batch. */
const BATCH = 250;

async function refreshDecisions(
  server: Server,
  user: string,
): Promise<string[]> {
  const results: string[] = [];
  for (let first = 0; first < ENTITIES; first += BATCH) {
    const items = Array.from({ length: BATCH }, (_, offset) => {
      const i = first + offset;
      return {
        id: String(i),
        permission: {
          type: 'resource',
          name: 'catalog.entity.refresh',
          attributes: {},
          resourceType: 'catalog-entity',
        },
        resourceRef: `component:default/svc-bench-${String(i).padStart(
          4,
          '0',
        )}`,
      };
    });
    const res = await request(server)
      .post('/api/permission/authorize')
      .set('Authorization', as(server, user))
      .send({ items });
    if (res.status !== 200) {
      throw new Error(
        `authorize answered ${res.status}: ${JSON.stringify(res.body)}`,
      );
    }
    results.push(
      ...res.body.items.map((item: { result: string }) => item.result),
    );
  }
  return results;
}

/**
 * Median times of two sides measured turn about, so a busy machine slows
 * both alike; one warm-up round first.
 */
async function pairedMedians(
  base: () => Promise<unknown>,
  ours: () => Promise<unknown>,
): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run <= RUNS; run++) {
    for (const [side, fn] of [base, ours].entries()) {
      const start = performance.now();
      await fn();
      if (run > 0) times[side].push(performance.now() - start);
    }
  }
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return [median(times[0]), median(times[1])];
}

function line(what: string, base: number, ours: number, extra = ''): string {
  return (
    `${what}: allow-all ${base.toFixed(1)} ms, access policy ${ours.toFixed(
      1,
    )} ms` + `${extra}, ratio ${(ours / base).toFixed(2)}x\n`
  );
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'access-bench-'));
  const catalogFile = path.join(folder, 'catalog.yaml');
  fs.writeFileSync(
    catalogFile,
    `${orgDocuments()}\n---\n${componentDocuments()}`,
  );
  // Sanity: the org parses (a broken catalog would make both sides fast).
  if (parseAllDocuments(orgDocuments()).length < 10) throw new Error('no org');

  const base = await startSide(allowAllPolicy, catalogFile);
  const ours = await startSide(accessPolicy, catalogFile);
  try {
    await Promise.all([base, ours].map(side => waitForComponents(side.server)));
    const list = await pairedMedians(
      () => listAll(base.server),
      () => listAll(ours.server),
    );
    const granted = await pairedMedians(
      () => refreshDecisions(base.server, PLATFORM_ENGINEER),
      () => refreshDecisions(ours.server, PLATFORM_ENGINEER),
    );
    const conditional = await pairedMedians(
      () => refreshDecisions(base.server, DEVELOPER),
      () => refreshDecisions(ours.server, DEVELOPER),
    );
    const allowed = async (server: Server) =>
      (await refreshDecisions(server, DEVELOPER)).filter(r => r === 'ALLOW')
        .length;
    const [baseAllowed, oursAllowed] = [
      await allowed(base.server),
      await allowed(ours.server),
    ];
    process.stdout.write(
      line(`list ${ENTITIES} entities as a developer`, ...list) +
        line(
          `${ENTITIES} refresh decisions as a platform engineer (granted by rule, batches of ${BATCH})`,
          ...granted,
        ) +
        line(
          `${ENTITIES} refresh decisions as a developer (ownership condition applied by the catalog)`,
          ...conditional,
          ` (${oursAllowed} allowed, the developer's team's share; allow-all ${baseAllowed})`,
        ),
    );
    // The developer (team-loyalty) owns one team's share of the components.
    if (baseAllowed !== ENTITIES || oursAllowed !== ENTITIES / TEAMS.length) {
      throw new Error('the decisions are not what the policies say');
    }
  } finally {
    await base.stop();
    await ours.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  // Backstage leaves timers behind after stop(); the figures are out.
  () => process.exit(0),
  error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
