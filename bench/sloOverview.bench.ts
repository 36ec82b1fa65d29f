/*
 * The SLO org view (`DefaultSloService.getOverview`) over 200 objectives, read
 * from a real Prometheus that holds the dev stack's 30 days of LOCAL-PLUS
 * traffic. The baseline is the cold view (empty cache) with batching off, one
 * Prometheus request per objective. The figures are the cold view with the
 * default batching and the cached view, each as a ratio against it, all
 * measured in the same run.
 *   node --require @backstage/cli-node/config/nodeTransform.cjs bench/sloOverview.bench.ts
 * Needs `prometheus` and `promtool` on the PATH.
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  LocalplusPrometheus,
  startLocalplusPrometheus,
} from '@localplus/devstack';
import { PrometheusMetricSource } from '@localplus/plugin-slo-backend-module-prometheus';
import {
  requestSloDocuments,
  type OverviewRow,
  type SloOverview,
} from '@localplus/plugin-slo-common';
import knex, { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import {
  countingMetricSource,
  createSloServiceHarness,
  HarnessEntity,
} from '@localplus/plugin-slo-backend/testUtils';

const RUNS = 5;
const ENTITIES = 100;
const OBJECTIVES = ENTITIES * 2;
const DEFAULT_BATCH_SIZE = 10;
/** The services of the synthetic dataset, each with its own traffic story. */
const SERVICES = [
  'svc-ledger',
  'svc-wallet',
  'svc-giftcard',
  'svc-merchant',
  'svc-notification',
];
/** Consumed budget may drift this much between runs as live samples come in. */
const CONSUMED_TOLERANCE = 0.01;

/**
 * The two SLOs the golden path writes for a new service (availability 99.9 %,
 * 99 % under 200 ms), reading the metrics of one of the dataset's services.
 */
function openSloDocuments(name: string, service: string): string {
  return requestSloDocuments({
    name,
    availabilityTarget: 99.9,
    latencyP99Ms: 200,
    metricsService: service,
  });
}

const entities: HarnessEntity[] = Array.from({ length: ENTITIES }, (_, i) => {
  const name = `svc-bench-${String(i + 1).padStart(3, '0')}`;
  return {
    name,
    documents: openSloDocuments(name, SERVICES[i % SERVICES.length]),
  };
});

type Timed = { ms: number; requests: number; overview: SloOverview };

/** A fresh service (empty cache, empty database) and a timed `getOverview`. */
async function openHarness(
  source: ReturnType<typeof countingMetricSource>,
  batchSize: number,
) {
  let db: Knex | undefined;
  const harness = await createSloServiceHarness({
    entities,
    source: source.source,
    database: {
      getClient: async () => {
        db = knex({
          client: 'better-sqlite3',
          connection: ':memory:',
          useNullAsDefault: true,
        });
        return db;
      },
    },
    now: () => new Date(),
    batchSize,
  });
  const credentials = mockCredentials.user();
  const overview = async (): Promise<Timed> => {
    const requests = () => source.counts.instant + source.counts.range;
    const before = requests();
    const start = performance.now();
    const result = await harness.service.getOverview({}, { credentials });
    const ms = performance.now() - start;
    return { ms, requests: requests() - before, overview: result };
  };
  const close = async () => {
    await harness.cleanup();
    await db?.destroy();
  };
  return { overview, close };
}

/** What is wrong with one org view; empty when it is as expected. */
function problemsOf(label: string, overview: SloOverview): string[] {
  const problems: string[] = [];
  if (overview.rows.length !== OBJECTIVES) {
    problems.push(
      `${label}: ${overview.rows.length} rows, expected ${OBJECTIVES}`,
    );
  }
  for (const row of overview.rows) {
    if (row.status !== 'ok') {
      problems.push(
        `${label}: ${row.key} is ${row.status}${
          row.error ? `: ${row.error}` : ''
        }`,
      );
    }
  }
  for (const entry of overview.documentProblems) {
    problems.push(
      `${label}: ${entry.entityRef} documents: ${entry.problems.join('; ')}`,
    );
  }
  return problems;
}

/** Objectives measured differently by two views of the same data. */
function disagreements(
  label: string,
  reference: SloOverview,
  other: SloOverview,
): string[] {
  const byKey = new Map<string, OverviewRow>(
    reference.rows.map(row => [row.key, row]),
  );
  const problems: string[] = [];
  for (const row of other.rows) {
    const expected = byKey.get(row.key);
    if (!expected) {
      problems.push(`${label}: ${row.key} is not in the reference view`);
    } else if (
      // Rows that are not 'ok' are reported by problemsOf.
      row.status === 'ok' &&
      expected.status === 'ok' &&
      (row.state !== expected.state ||
        Math.abs(row.consumedFraction! - expected.consumedFraction!) >
          CONSUMED_TOLERANCE)
    ) {
      problems.push(
        `${label}: ${row.key} measured ${row.state} (${row.consumedFraction} consumed), reference ${expected.state} (${expected.consumedFraction})`,
      );
    }
  }
  return problems;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  let stack: LocalplusPrometheus | undefined;
  try {
    const startedAt = performance.now();
    stack = await startLocalplusPrometheus({
      prometheusPort: 0,
      exporterPort: 0,
    });
    const { backfillMs, startMs } = stack.prometheus.timings;
    process.stdout.write(
      `prometheus with 30 days of history ready in ${(
        (performance.now() - startedAt) /
        1000
      ).toFixed(1)} s (backfill ${(backfillMs / 1000).toFixed(1)} s, start ${(
        startMs / 1000
      ).toFixed(1)} s)\n`,
    );

    const source = countingMetricSource(
      new PrometheusMetricSource({
        environments: { prod: { baseUrl: stack.prometheus.url } },
      }),
    );
    const results = {
      unbatched: [] as Timed[],
      batched: [] as Timed[],
      cached: [] as Timed[],
    };
    const problems: string[] = [];

    const unbatchedRun = async () => {
      const one = await openHarness(source, 1);
      try {
        return await one.overview();
      } finally {
        await one.close();
      }
    };
    const batchedRun = async () => {
      const one = await openHarness(source, DEFAULT_BATCH_SIZE);
      try {
        const cold = await one.overview();
        const cached = await one.overview();
        return { cold, cached };
      } finally {
        await one.close();
      }
    };

    // One of each first, not counted: JIT, and Prometheus' pages in memory.
    await unbatchedRun();
    await batchedRun();

    for (let run = 0; run < RUNS; run += 1) {
      // Alternate the order, so neither mode always follows the other.
      const unbatched = async () => {
        results.unbatched.push(await unbatchedRun());
      };
      const batched = async () => {
        const { cold, cached } = await batchedRun();
        results.batched.push(cold);
        results.cached.push(cached);
      };
      for (const step of run % 2 === 0
        ? [unbatched, batched]
        : [batched, unbatched]) {
        await step();
      }
    }

    const reference = results.unbatched[0].overview;
    for (const [mode, timings] of Object.entries(results)) {
      timings.forEach((timed, run) => {
        const label = `${mode} run ${run + 1}`;
        problems.push(...problemsOf(label, timed.overview));
        problems.push(...disagreements(label, reference, timed.overview));
      });
    }
    results.batched.forEach((cold, run) => {
      const cached = results.cached[run];
      problems.push(
        ...disagreements(
          `cached run ${run + 1}`,
          cold.overview,
          cached.overview,
        ),
      );
    });

    const rows = [
      ['cold, unbatched (batchSize 1)', results.unbatched],
      [`cold, batched (batchSize ${DEFAULT_BATCH_SIZE})`, results.batched],
      ['cached (second call)', results.cached],
    ] as const;
    const medians = rows.map(([, timings]) =>
      median(timings.map(timed => timed.ms)),
    );
    const [unbatchedMs, batchedMs, cachedMs] = medians;
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(
      `\nSLO org view: ${OBJECTIVES} objectives of ${ENTITIES} entities, median of ${RUNS} runs\n` +
        `${'mode'.padEnd(width)}  median ms  requests  runs (ms)\n`,
    );
    rows.forEach(([label, timings], i) => {
      const requests = [...new Set(timings.map(timed => timed.requests))];
      process.stdout.write(
        `${label.padEnd(width)}  ${medians[i]
          .toFixed(1)
          .padStart(9)}  ${requests.join(', ').padStart(8)}  ${timings
          .map(timed => timed.ms.toFixed(1))
          .join(' / ')}\n`,
      );
    });
    process.stdout.write(
      `ratio batched cold / unbatched cold: ${(batchedMs / unbatchedMs).toFixed(
        3,
      )}x\n` +
        `ratio cached / batched cold: ${(cachedMs / batchedMs).toFixed(4)}x\n`,
    );
    const { counts } = reference;
    const firing = reference.rows.flatMap(row =>
      row.firingAlerts.map(alert => `${alert.severity} ${alert.longWindow}`),
    );
    const firingCounts = new Map<string, number>();
    for (const alert of firing) {
      firingCounts.set(alert, (firingCounts.get(alert) ?? 0) + 1);
    }
    process.stdout.write(
      `policy states: ${Object.entries(counts)
        .map(([state, count]) => `${state} ${count}`)
        .join(', ')}\n` +
        `firing alerts: ${
          [...firingCounts]
            .map(([alert, count]) => `${alert} x${count}`)
            .join(', ') || 'none'
        }\n`,
    );

    if (problems.length > 0) {
      process.stderr.write(
        `\n${problems.length} problem(s):\n${problems
          .slice(0, 50)
          .join('\n')}\n${
          problems.length > 50 ? `... and ${problems.length - 50} more\n` : ''
        }`,
      );
      process.exitCode = 1;
    }
  } finally {
    await stack?.stop();
  }
}

main().catch(error => {
  process.stderr.write(
    `sloOverview bench failed: ${error?.stack ?? String(error)}\n`,
  );
  process.exitCode = 1;
});
