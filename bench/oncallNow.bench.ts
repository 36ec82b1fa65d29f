/*
 * "Who is on call now" for 50 teams and the 4-week coverage audit of their
 * 50 rotations, through the on-call backend's rotation service as the plugin
 * builds it (rotation files read from disk, the catalog test double, a real
 * override store on SQLite in memory). The baseline is the engine alone on
 * the same 50 rotations already parsed (`onCallAt`, `auditCoverage`), no
 * reading and no cache, measured in the same run. Reported: the service
 * cold (caches emptied before each run) and cached, as ratios against it,
 * and the p95 of the cached "now" for 50 teams, which must stay under 50 ms.
 *   node --require @backstage/cli-node/config/nodeTransform.cjs bench/oncallNow.bench.ts
 */
import {
  auditCoverage,
  onCallAt,
  type RotationDefinition,
} from '@localplus/plugin-oncall-common';
import { createRotationServiceHarness } from '@localplus/plugin-oncall-backend/testUtils';
import knex from 'knex';
import { performance } from 'node:perf_hooks';

const TEAMS = 50;
const RUNS = 40;
const CACHED_P95_LIMIT_MS = 50;
const NOW = new Date('2026-12-04T12:00:00Z');
const FOUR_WEEKS_MS = 28 * 24 * 3_600_000;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function timeRuns(
  runs: number,
  before: () => void | Promise<void>,
  work: () => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before();
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

const median = (samples: number[]) => percentile(samples, 0.5);
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const database = knex({
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
  });
  const harness = await createRotationServiceHarness({
    teams: TEAMS,
    knex: database,
    now: () => NOW,
  });
  try {
    const { rotations } = harness;
    const at = NOW.toISOString();
    const to = new Date(NOW.getTime() + FOUR_WEEKS_MS).toISOString();
    const listed = await rotations.list();
    if (listed.rotations.length !== TEAMS || listed.problems.length > 0) {
      throw new Error(
        `Expected ${TEAMS} rotations without problems, got ${listed.rotations.length} and ${listed.problems.length} problems`,
      );
    }
    const definitions: RotationDefinition[] = listed.rotations.map(
      r => r.definition,
    );

    const nowOfAll = () =>
      Promise.all(definitions.map(d => rotations.onCallAt(d.name, at)));
    const coverageOfAll = async () => {
      const { rotations: provided } = await rotations.list();
      return auditCoverage({
        rotations: await Promise.all(
          provided.map(async ({ definition }) => ({
            definition,
            overrides: await rotations.overrides(definition.name, at, to),
            ownerMembers: await rotations.groupMembers(definition.owner),
          })),
        ),
        from: at,
        to,
      });
    };
    const emptyCaches = () => rotations.refresh();

    // The engine alone: the same answers from the parsed definitions.
    const engineNow = await timeRuns(
      RUNS,
      () => undefined,
      async () => definitions.map(d => onCallAt(d, [], at)),
    );
    const engineCoverage = await timeRuns(
      RUNS,
      () => undefined,
      async () =>
        auditCoverage({
          rotations: definitions.map(definition => ({
            definition,
            overrides: [],
            ownerMembers: definition.layers.flatMap(l => l.members),
          })),
          from: at,
          to,
        }),
    );
    const coldNow = await timeRuns(RUNS / 4, emptyCaches, nowOfAll);
    await nowOfAll();
    const cachedNow = await timeRuns(RUNS, () => undefined, nowOfAll);
    const coldCoverage = await timeRuns(RUNS / 4, emptyCaches, coverageOfAll);
    await coverageOfAll();
    const cachedCoverage = await timeRuns(RUNS, () => undefined, coverageOfAll);

    const report = (
      label: string,
      baseline: number[],
      cold: number[],
      cached: number[],
    ) => {
      const base = median(baseline);
      process.stdout.write(
        `${label}: engine alone ${ms(base)} (baseline); service cold ${ms(
          median(cold),
        )} = ${(median(cold) / base).toFixed(2)}x; cached ${ms(
          median(cached),
        )} = ${(median(cached) / base).toFixed(2)}x, p95 ${ms(
          percentile(cached, 0.95),
        )}\n`,
      );
    };
    report(`who is on call now, ${TEAMS} teams`, engineNow, coldNow, cachedNow);
    report(
      `coverage audit over 4 weeks, ${TEAMS} rotations`,
      engineCoverage,
      coldCoverage,
      cachedCoverage,
    );
    const p95 = percentile(cachedNow, 0.95);
    if (p95 >= CACHED_P95_LIMIT_MS) {
      throw new Error(
        `"Who is on call now" for ${TEAMS} teams, cached: p95 ${ms(
          p95,
        )}, over the ${CACHED_P95_LIMIT_MS} ms allowed`,
      );
    }
  } finally {
    await harness.cleanup();
    await database.destroy();
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
