/*
 * The portal backend against a stock create-app 1.55 backend
 * (bench/upstream/backend, the same plugin versions), each figure as
 * ours/upstream measured in the same run, the two sides taking turns:
 *   1. cold start to readiness (/.backstage/health/v1/readiness answers
 *      200): wall time and process CPU (user + system), SQLite in memory,
 *      no catalog locations; first as production artifacts (what a pod
 *      starts: ours from the staged image, BENCH_STAGE_DIR or staged now;
 *      the stock backend built with the Backstage CLI), then from sources;
 *   2. catalog ingest of a synthetic organisation on PostgreSQL, from
 *      readiness to every entity processed and stitched; ours runs the
 *      tier rules and the catalog tuning of app-config.production.yaml,
 *      and must report the tier violations the catalog holds;
 *   3. on the ingested catalog, 50 concurrent clients on the catalog list
 *      and by-ref routes, and on our plugins' main routes (no second
 *      processing pass over the catalog on either side meanwhile).
 * Apart from the artifact cold starts, both backends run from TypeScript
 * sources, as `yarn start` does.
 *   BENCH_STARTS        cold starts per side and way (default 3; 0 leaves them out)
 *   BENCH_STAGE_DIR     a staged image folder to reuse (yarn stage:image <dir>)
 *   BENCH_ENTITIES      entities of the synthetic catalog (default 10000;
 *                       0 leaves the ingest and the load out)
 *   BENCH_INGEST_RUNS   ingests per side, the sides taking turns (default 3:
 *                       one run's ratio moved between 1.0x and 1.5x on the
 *                       same machine); each figure is the median of the runs
 *   BENCH_LOAD_SECONDS  seconds per route under load (default 10)
 *   node --require @backstage/cli-node/config/nodeTransform.cjs bench/upstreamBackend.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BackendProcess,
  Side,
  startBackend,
} from './upstreamBackend/backendProcess';
import {
  dropDatabases,
  IngestResult,
  postgresBackendConfig,
  waitForIngest,
} from './upstreamBackend/catalogIngest';
import {
  artifactLaunch,
  buildUpstreamBackend,
  ourImageFolder,
} from './upstreamBackend/artifacts';
import { productionCatalogTuning } from './upstreamBackend/productionTuning';
import { guestToken, loadRoute, RouteLoad } from './upstreamBackend/routeLoad';
import { describe, Spread, spread } from './upstreamBackend/statistics';
import { syntheticCatalog } from './upstreamBackend/syntheticCatalog';

const STARTS = Number(process.env.BENCH_STARTS ?? 3);
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 10_000);
const INGEST_RUNS = Number(process.env.BENCH_INGEST_RUNS ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 7317);
const SIDES: Side[] = ['upstream', 'ours'];
const ALL_KINDS = ['Component', 'System', 'API', 'Resource', 'Location'];

/** Catalog routes both backends serve, and our plugins' main routes. */
const CATALOG_ROUTES = {
  'catalog list (100 components)':
    '/api/catalog/entities/by-query?filter=kind=component&limit=100',
  'catalog by-ref': '/api/catalog/entities/by-name/component/default/svc-00001',
};
const OUR_ROUTES = {
  'slo overview': '/api/slo/overview',
  'oncall now': '/api/oncall/now',
  'adr decisions': '/api/adr/decisions',
  'compliance status': '/api/compliance/status',
};

const out = (line: string) => process.stdout.write(`${line}\n`);
const ratio = (ours: number, upstream: number) =>
  `${(ours / upstream).toFixed(2)}x`;

type LaunchMode = 'artifact' | 'sources';

async function coldStarts(mode: LaunchMode, imageRoot?: string) {
  const wall: Record<Side, number[]> = { ours: [], upstream: [] };
  const cpu: Record<Side, number[]> = { ours: [], upstream: [] };
  for (let run = 0; run < STARTS; run++) {
    for (const side of SIDES) {
      const backend = await startBackend({
        side,
        port: PORT,
        launch:
          mode === 'artifact' ? artifactLaunch(side, imageRoot!) : undefined,
        config: { catalog: { locations: [] } },
        // The image's metrics endpoint (ours) on a port of its own.
        env: { PORTAL_METRICS_PORT: String(PORT + 1) },
      });
      wall[side].push(backend.readyWallMs);
      cpu[side].push(backend.readyCpuMs);
      await backend.stop();
    }
  }
  const how =
    mode === 'artifact'
      ? 'production artifact (what a pod starts: our staged image, the stock backend built)'
      : 'from sources (`yarn start`)';
  for (const [what, values] of [
    ['CPU', cpu],
    ['wall', wall],
  ] as const) {
    const [ours, upstream] = [spread(values.ours), spread(values.upstream)];
    out(
      `cold start to readiness, ${how}, ${what}: ours ${describe(
        ours,
        'ms',
      )}, upstream ${describe(upstream, 'ms')}, ours/upstream ${ratio(
        ours.median,
        upstream.median,
      )}`,
    );
  }
}

interface IngestSide {
  ingest: IngestResult;
  loads: Record<string, RouteLoad>;
}

async function ingestSide(
  side: Side,
  catalogFile: string,
  run: number,
): Promise<IngestSide> {
  const prefix = `bench_upstream_backend_${side}_${process.pid}_${run}_`;
  const tuning = productionCatalogTuning();
  const database = postgresBackendConfig(prefix);
  let backend: BackendProcess | undefined;
  try {
    backend = await startBackend({
      side,
      port: PORT,
      config: {
        backend: {
          database:
            side === 'ours'
              ? { ...database, plugin: { catalog: tuning.catalogDatabase } }
              : database,
        },
        catalog: {
          ...(side === 'ours' ? tuning.catalog : {}),
          // Both sides: no second pass over the catalog while routes are
          // loaded. Re-processing the one 10,000-entity location file parses
          // it again, which holds the event loop for about 1.7 s, and would
          // land in whichever route's window is open at the time (ours are
          // measured after upstream's last one, so only ours were hit).
          processingInterval: { minutes: 30 },
          rules: [{ allow: [...ALL_KINDS, 'Domain', 'Group', 'User'] }],
          locations: [{ type: 'file', target: catalogFile }],
        },
      },
    });
    const ingest = await waitForIngest({
      database: `${prefix}catalog`,
      entityCount: ENTITIES,
      readyAt: backend.readyAt,
      cpuAtReady: backend.readyCpuMs,
      cpuNow: backend.cpuMs,
    });
    const token = await guestToken(backend.baseUrl);
    const loads: Record<string, RouteLoad> = {};
    const routes = {
      ...CATALOG_ROUTES,
      ...(side === 'ours' ? OUR_ROUTES : {}),
    };
    for (const [name, route] of Object.entries(routes)) {
      loads[name] = await loadRoute({
        url: `${backend.baseUrl}${route}`,
        token,
        connections: CONNECTIONS,
        seconds: LOAD_SECONDS,
      });
    }
    return { ingest, loads };
  } finally {
    await backend?.stop();
    await dropDatabases(prefix);
  }
}

/** One route's loads over the runs: the median of each figure, p99's spread. */
interface RouteLoads {
  p50: number;
  p97_5: number;
  p99: Spread;
  requestsPerSecond: number;
  /** Non-2xx answers and errors over all runs, and the requests. */
  non2xx: number;
  errors: number;
  requests: number;
}

function routeLoads(loads: RouteLoad[]): RouteLoads {
  const sum = (pick: (load: RouteLoad) => number) =>
    loads.reduce((total, load) => total + pick(load), 0);
  return {
    p50: spread(loads.map(l => l.p50)).median,
    p97_5: spread(loads.map(l => l.p97_5)).median,
    p99: spread(loads.map(l => l.p99)),
    requestsPerSecond: spread(loads.map(l => l.requestsPerSecond)).median,
    non2xx: sum(l => l.non2xx),
    errors: sum(l => l.errors),
    requests: sum(l => l.requests),
  };
}

function loadLine(load: RouteLoads): string {
  return (
    `p50 ${load.p50} ms, p97.5 ${load.p97_5} ms, p99 ${describe(
      load.p99,
      'ms',
    )}, ${load.requestsPerSecond.toFixed(0)} req/s` +
    (load.non2xx || load.errors
      ? ` (${load.non2xx} non-2xx, ${load.errors} errors of ${load.requests})`
      : '')
  );
}

async function ingests() {
  const catalog = syntheticCatalog(ENTITIES);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-bench-'));
  const catalogFile = path.join(folder, 'catalog.yaml');
  fs.writeFileSync(catalogFile, catalog.yaml);
  const results: Record<Side, IngestSide[]> = { ours: [], upstream: [] };
  try {
    for (let run = 0; run < INGEST_RUNS; run++) {
      for (const side of SIDES) {
        results[side].push(await ingestSide(side, catalogFile, run));
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const rate = (side: Side) =>
    spread(results[side].map(r => r.ingest.entitiesPerSecond));
  const cpuPerEntity = (side: Side) =>
    spread(results[side].map(r => (r.ingest.cpuMs * 1000) / ENTITIES));
  out(
    `catalog ingest of ${ENTITIES} entities on PostgreSQL to fully processed: ` +
      `ours ${describe(rate('ours'), 'entities/s', 1)}, upstream ${describe(
        rate('upstream'),
        'entities/s',
        1,
      )}, ours/upstream ${ratio(
        rate('ours').median,
        rate('upstream').median,
      )} (higher is better)`,
  );
  out(
    `  backend CPU per entity during the ingest: ours ${describe(
      cpuPerEntity('ours'),
      'us',
    )}, upstream ${describe(cpuPerEntity('upstream'), 'us')}`,
  );
  for (const side of SIDES) {
    for (const { ingest } of results[side]) {
      const expected = side === 'ours' ? catalog.expectedTierViolations : 0;
      if (
        ingest.final.entities !== ENTITIES + 1 ||
        ingest.final.tierErrors !== expected
      ) {
        throw new Error(
          `${side}: ${ingest.final.entities - 1} entities with ${
            ingest.final.tierErrors
          } tier errors, expected ${ENTITIES} with ${expected}`,
        );
      }
    }
  }
  out(
    `  both hold ${ENTITIES} entities; ours reports the ${catalog.expectedTierViolations} tier violations`,
  );
  // Each route's figures are medians over the runs, as the ingest's are.
  const loads = (side: Side, name: string) =>
    routeLoads(results[side].map(r => r.loads[name]));
  for (const name of Object.keys(CATALOG_ROUTES)) {
    const [ours, upstream] = [loads('ours', name), loads('upstream', name)];
    out(
      `${name}, ${CONNECTIONS} clients for ${LOAD_SECONDS} s: ours ${loadLine(
        ours,
      )}; upstream ${loadLine(upstream)}; ours/upstream p97.5 ${ratio(
        ours.p97_5,
        upstream.p97_5,
      )}, p99 ${ratio(ours.p99.median, upstream.p99.median)}`,
    );
  }
  const byRef = loads('upstream', 'catalog by-ref');
  for (const name of Object.keys(OUR_ROUTES)) {
    const load = loads('ours', name);
    out(
      `${name} (ours only), ${CONNECTIONS} clients: ${loadLine(
        load,
      )}; p99 against upstream's by-ref p99 ${ratio(
        load.p99.median,
        byRef.p99.median,
      )}`,
    );
  }
}

async function main() {
  // BENCH_STARTS=0 or BENCH_ENTITIES=0 leave a part out.
  if (STARTS > 0) {
    const imageRoot = ourImageFolder(out);
    buildUpstreamBackend();
    await coldStarts('artifact', imageRoot);
    await coldStarts('sources');
  }
  if (ENTITIES > 0) await ingests();
}

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
