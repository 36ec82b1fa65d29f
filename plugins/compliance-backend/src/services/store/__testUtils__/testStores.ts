import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import type {
  ControlEvaluation,
  EvaluationRun,
  Observation,
} from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import { DatabaseComplianceStore } from '../DatabaseComplianceStore';
import { migrateComplianceDatabase } from '../migrateComplianceDatabase';
import {
  EVALUATIONS_TABLE,
  EXEMPTIONS_TABLE,
  LEDGER_HEAD_TABLE,
  LEDGER_TABLE,
  OBSERVATIONS_TABLE,
  RUN_REQUESTS_TABLE,
  RUNS_TABLE,
} from '../tables';

/** A clock tests move by hand. */
export class TestClock {
  #now: number;

  constructor(start: string) {
    this.#now = Date.parse(start);
  }

  now = () => new Date(this.#now);

  set(instant: string) {
    this.#now = Date.parse(instant);
  }

  advance(ms: number) {
    this.#now += ms;
  }
}

/**
 * One migrated database per engine for a test file, emptied before each
 * use. The ledger head goes back to the start of the chain.
 */
export function createTestStores(databases: TestDatabases) {
  const knexes = new Map<TestDatabaseId, Knex>();

  return async function testStore(
    databaseId: TestDatabaseId,
    start = '2026-12-01T00:00:00.000Z',
  ) {
    let knex = knexes.get(databaseId);
    if (!knex) {
      knex = await databases.init(databaseId);
      await migrateComplianceDatabase(knex);
      knexes.set(databaseId, knex);
    }
    for (const table of [
      EVALUATIONS_TABLE,
      OBSERVATIONS_TABLE,
      LEDGER_TABLE,
      EXEMPTIONS_TABLE,
      RUN_REQUESTS_TABLE,
      RUNS_TABLE,
    ]) {
      await knex(table).delete();
    }
    await knex(LEDGER_HEAD_TABLE)
      .where('id', 1)
      .update({ sequence: 0, hash: '0'.repeat(64), recorded_at: null });
    const clock = new TestClock(start);
    const store = new DatabaseComplianceStore(knex, { now: clock.now });
    return { knex, store, clock };
  };
}

/** An observation with sensible defaults. */
export function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    check: 'catalog.owner',
    collector: 'catalog',
    subject: 'component:default/svc-ledger',
    entityRef: 'component:default/svc-ledger',
    result: 'pass',
    summary: 'Owned by group:default/team-loyalty',
    method: 'examine',
    examined: [
      {
        type: 'catalog-entity',
        ref: 'component:default/svc-ledger',
        href: '/catalog/default/component/svc-ledger',
      },
    ],
    observedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}

/** December 2026, the month of most test data. */
export const DECEMBER = {
  from: '2026-12-01T00:00:00.000Z',
  to: '2027-01-01T00:00:00.000Z',
};

export function finished(
  id: string,
  startedAt: string,
  overrides: Partial<EvaluationRun> = {},
): EvaluationRun {
  return {
    id,
    trigger: 'schedule',
    startedAt,
    finishedAt: new Date(Date.parse(startedAt) + 60_000).toISOString(),
    status: 'succeeded',
    observationCount: 0,
    collectorErrors: [],
    ...overrides,
  };
}

export function evaluation(
  runId: string,
  evaluatedAt: string,
  overrides: Partial<ControlEvaluation>,
): ControlEvaluation {
  return {
    runId,
    controlId: 'catalog-ownership',
    subject: 'component:default/svc-ledger',
    entityRef: 'component:default/svc-ledger',
    status: 'satisfied',
    reason: 'Owned by group:default/team-loyalty',
    observations: [1],
    evaluatedAt,
    ...overrides,
  };
}

/** Runs a whole run: create, finish with the evaluations. */
export async function storeRun(
  store: DatabaseComplianceStore,
  run: EvaluationRun,
  evaluations: Array<Partial<ControlEvaluation>>,
) {
  await store.createRun({
    id: run.id,
    trigger: run.trigger,
    startedAt: run.startedAt,
  });
  await store.finishRun(
    run,
    evaluations.map(e => evaluation(run.id, run.finishedAt!, e)),
  );
}
