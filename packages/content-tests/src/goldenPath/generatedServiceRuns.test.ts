import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createThrowawayDatabase,
  findFreePort,
  queryDatabase,
  ThrowawayDatabase,
} from '@localplus/server-kit';
import {
  dryRunGoldenPathOrFail,
  startGoldenPathBackend,
  writeGeneratedFiles,
} from './__testUtils__/goldenPathTestBackend';
import {
  kustomize,
  listFiles,
  prometheusBucketLabel,
} from './__testUtils__/generatedRepository';
import { redisStat, redisUrl } from './__testUtils__/dataServices';
import {
  compileAll,
  migrateDatabase,
  runPytest,
} from './__testUtils__/pythonCommands';
import { startService, stopAllServices } from './__testUtils__/runningService';
import { goldenPathCases } from './__testUtils__/parameterMatrix';

jest.setTimeout(300_000);

/**
 * The golden-path harness, second half: each generated repository's own tests
 * with Debian's python3 + pytest + FastAPI against a real PostgreSQL and Redis,
 * then the app itself started the way its container starts it, probed like
 * Kubernetes and scraped like Prometheus.
 */
describe('the services the LOCAL-PLUS template generates, run for real', () => {
  let backend: Awaited<ReturnType<typeof startGoldenPathBackend>>;
  let workRoot: string;
  const databases: ThrowawayDatabase[] = [];

  async function throwawayDatabase(label: string) {
    const database = await createThrowawayDatabase(label);
    databases.push(database);
    return database;
  }

  beforeAll(async () => {
    backend = await startGoldenPathBackend();
    workRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'golden-path-runs-'));
  });

  afterAll(async () => {
    await stopAllServices();
    await Promise.allSettled(databases.map(database => database.drop()));
    await backend?.stop();
    await fs.rm(workRoot, { recursive: true, force: true });
  });

  describe.each(goldenPathCases)('$label', ({ values }) => {
    const name = values.name as string;
    const hasDatabase = values.database === 'postgresql';
    const hasCache = values.cache === 'valkey';
    const dependencies = [
      ...(hasDatabase ? ['postgresql'] : []),
      ...(hasCache ? ['valkey'] : []),
    ];
    // prometheus_client writes bucket bounds as Python floats.
    const latencyBucket = `le="${prometheusBucketLabel(
      values.latencyP99Ms as number,
    )}"`;
    let repoDir: string;
    let files: string[];

    /** The environment a pod gets: its ConfigMap (dev overlay), then its secrets. */
    async function podEnv(
      overrides: Record<string, string>,
    ): Promise<Record<string, string>> {
      const objects = await kustomize(repoDir, 'dev');
      const configMap = objects.find(object => object.kind === 'ConfigMap');
      return {
        ...(configMap?.data as Record<string, string>),
        // Not in the manifests yet: a pod would fall back to the defaults.
        ...(hasCache ? { VALKEY_URL: redisUrl } : {}),
        ...(values.kafka !== 'none'
          ? { KAFKA_BOOTSTRAP_SERVERS: `127.0.0.1:${await findFreePort()}` }
          : {}),
        ...(values.apiStyle === 'rest-grpc'
          ? { GRPC_PORT: String(await findFreePort()) }
          : {}),
        ...overrides,
      };
    }

    beforeAll(async () => {
      const result = await dryRunGoldenPathOrFail(backend.server, values);
      repoDir = path.join(workRoot, name);
      await writeGeneratedFiles(result, repoDir);
      files = await listFiles(repoDir);
    });

    it('compiles every Python file', async () => {
      const sources = files.filter(file => file.endsWith('.py'));
      expect(sources.length).toBeGreaterThan(10);
      const compiled = await compileAll(
        repoDir,
        sources,
        await fs.mkdtemp(path.join(workRoot, 'pycache-')),
      );
      expect(compiled).toEqual({ exitCode: 0, output: '' });
    });

    it('passes its own unit, contract and integration tests, none skipped', async () => {
      const database = hasDatabase ? await throwawayDatabase(name) : undefined;
      const connectionsBefore = hasCache
        ? await redisStat(redisUrl, 'total_connections_received')
        : 0;

      const run = await runPytest(
        repoDir,
        {
          TEST_DATABASE_URL: database?.url,
          TEST_VALKEY_URL: hasCache ? redisUrl : undefined,
        },
        await fs.mkdtemp(path.join(workRoot, 'pytest-')),
      );

      const { summary } = run;
      expect({
        exitCode: run.exitCode,
        failed: summary.failed,
        errors: summary.errors,
      }).toEqual({
        exitCode: 0,
        failed: 0,
        errors: 0,
      });
      expect(summary.passed).toBeGreaterThan(0);
      expect(summary.skipped).toBe(0);
      expect(run.tests).toHaveLength(summary.passed);
      expect(run.tests.filter(test => test.outcome !== 'passed')).toEqual([]);
      const modules = new Set(run.tests.map(test => test.module));
      for (const suite of [
        'unit.test_api',
        'unit.test_readiness',
        'contract.test_openapi',
        'integration.test_app',
      ]) {
        expect(modules).toContain(`tests.${suite}`);
      }
      expect(modules.has('tests.integration.test_database')).toBe(hasDatabase);
      expect(modules.has('tests.integration.test_cache')).toBe(hasCache);
      expect(modules.has('tests.unit.test_kafka')).toBe(
        values.kafka !== 'none',
      );

      // The migrations ran against the real database and left it at head.
      const migratedTo = database
        ? await queryDatabase(
            database.url,
            'SELECT version_num FROM alembic_version',
          )
        : undefined;
      const tables = database
        ? await queryDatabase(
            database.url,
            "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'",
          )
        : undefined;
      expect({ migratedTo, tables }).toEqual(
        hasDatabase
          ? {
              migratedTo: '0001',
              tables:
                values.kafka === 'producer'
                  ? 'alembic_version,outbox'
                  : 'alembic_version',
            }
          : { migratedTo: undefined, tables: undefined },
      );
      // The cache tests talked to the real Redis.
      const connectionsAfter = hasCache
        ? await redisStat(redisUrl, 'total_connections_received')
        : connectionsBefore;
      expect(connectionsAfter > connectionsBefore).toBe(hasCache);
    });

    it('starts, answers its probes, and exposes its SLO metrics', async () => {
      const database = hasDatabase
        ? await throwawayDatabase(`${name}-app`)
        : undefined;
      if (database) {
        // As the migration job would, before the pods start.
        const migration = await migrateDatabase(repoDir, database.url);
        if (!/Running upgrade {2}-> 0001/.test(migration.output)) {
          throw new Error(`alembic upgrade head failed:\n${migration.output}`);
        }
      }
      const env = await podEnv(database ? { DATABASE_URL: database.url } : {});
      const service = await startService(repoDir, env);
      try {
        expect((await service.get('/health/live')).status).toBe(200);

        const ready = await service.get('/health/ready');
        expect({ status: ready.status, body: JSON.parse(ready.body) }).toEqual({
          status: 200,
          body: {
            status: 'ok',
            dependencies: Object.fromEntries(
              dependencies.map(dependency => [dependency, 'ok']),
            ),
          },
        });

        const info = await service.get('/v1/info');
        expect({ status: info.status, body: JSON.parse(info.body) }).toEqual({
          status: 200,
          body: { name, environment: env.ENVIRONMENT, version: '0.1.0' },
        });

        const metrics = await service.get('/metrics');
        expect(metrics.status).toBe(200);
        expect(metrics.contentType).toMatch(/^text\/plain/);
        expect(metrics.body).toContain(
          'http_requests_total{method="GET",route="/v1/info",status="200"} 1.0',
        );
        const buckets = metrics.body
          .split('\n')
          .filter(line =>
            line.startsWith('http_request_duration_seconds_bucket{'),
          );
        expect(buckets).toContain(
          `http_request_duration_seconds_bucket{${latencyBucket},method="GET",route="/v1/info"} 1.0`,
        );
      } finally {
        await service.stop();
      }
      // Nothing was written into the repository: no bytecode, no pytest cache.
      expect(
        (await listFiles(repoDir)).filter(file =>
          /__pycache__|\.pyc$|\.pytest_cache/.test(file),
        ),
      ).toEqual([]);
    });

    it('still starts with its dependencies unreachable, and is unready naming each', async () => {
      const closed = await findFreePort();
      const service = await startService(
        repoDir,
        await podEnv({
          ...(hasDatabase
            ? { DATABASE_URL: `postgresql://app:app@127.0.0.1:${closed}/app` }
            : {}),
          ...(hasCache ? { VALKEY_URL: `redis://127.0.0.1:${closed}/0` } : {}),
        }),
      );
      try {
        const live = await service.get('/health/live');
        const ready = await service.get('/health/ready');
        const body = JSON.parse(ready.body);
        expect({
          live: live.status,
          ready: ready.status,
          status: body.status,
        }).toEqual(
          // A service without dependencies has nothing to lose: it stays ready.
          dependencies.length > 0
            ? { live: 200, ready: 503, status: 'unavailable' }
            : { live: 200, ready: 200, status: 'ok' },
        );
        expect(Object.keys(body.dependencies).sort()).toEqual(
          [...dependencies].sort(),
        );
        expect(
          Object.values(body.dependencies).filter(
            state => !/^failed: \w+/.test(String(state)),
          ),
        ).toEqual([]);
      } finally {
        await service.stop();
      }
    });
  });
});
