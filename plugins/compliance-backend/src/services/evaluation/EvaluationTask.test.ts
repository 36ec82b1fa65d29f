import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import type { EvidenceCollector } from '@localplus/plugin-compliance-node';
import type { Knex } from 'knex';
import { DatabaseComplianceStore } from '../store/DatabaseComplianceStore';
import { RUN_REQUESTS_TABLE } from '../store/tables';
import { createTestStores } from '../store/__testUtils__/testStores';
import { EvaluationEngine } from './EvaluationEngine';
import { EVALUATION_TASK_ID, EvaluationTask } from './EvaluationTask';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

/** A collector a test holds open, to keep a run going as long as it likes. */
class GateCollector implements EvidenceCollector {
  id = 'gate';
  title = 'Gate';
  description = 'Waits for the test';
  checks = [{ id: 'open', title: 'Open', description: 'The gate opened' }];
  #open: Promise<void> = Promise.resolve();
  #release: () => void = () => {};
  started = 0;

  close() {
    this.#open = new Promise(resolve => {
      this.#release = resolve;
    });
  }

  open() {
    this.#release();
  }

  async collect() {
    this.started += 1;
    await this.#open;
    return [];
  }
}

/**
 * One replica: a backend with the real scheduler on the shared database,
 * running the compliance evaluation task.
 */
async function startReplica(knex: Knex, collector: EvidenceCollector) {
  let task: EvaluationTask | undefined;
  const plugin = createBackendPlugin({
    pluginId: 'compliance',
    register(env) {
      env.registerInit({
        deps: {
          scheduler: coreServices.scheduler,
          logger: coreServices.logger,
        },
        async init({ scheduler, logger }) {
          const store = new DatabaseComplianceStore(knex);
          task = new EvaluationTask({
            scheduler,
            store,
            logger,
            engine: new EvaluationEngine({
              store,
              catalog: { frameworks: [], controls: [] },
              collectors: [collector],
              settings: { lookbackDays: 30, collectorTimeoutMs: 60_000 },
              logger,
            }),
            schedule: {
              frequency: { days: 1 },
              intervalMs: 24 * 60 * 60 * 1000,
              initialDelay: { seconds: 0 },
              timeout: { minutes: 5 },
            },
          });
          await task.start();
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      plugin,
      schedulerServiceFactory,
      mockServices.database.factory({ knex }),
    ],
  });
  return { backend, task: task! };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe('EvaluationTask with the real scheduler and two replicas', () => {
  it('runs once across replicas, and on demand as the person who asked', async () => {
    const { knex, store } = await testStore('POSTGRES_15');
    const gate = new GateCollector();
    gate.close();
    const one = await startReplica(knex, gate);
    const two = await startReplica(knex, gate);
    try {
      // The scheduled run starts on one replica and is held open.
      const scheduled = await waitFor(
        'the scheduled run',
        async () => (await store.latestRun()) ?? undefined,
      );
      expect(scheduled).toEqual(
        expect.objectContaining({ trigger: 'schedule', status: 'running' }),
      );
      expect(gate.started).toBe(1);

      // Asking while it runs is a conflict, from either replica, and leaves no request behind.
      await expect(two.task.triggerNow('user:default/anna')).rejects.toThrow(
        ConflictError,
      );
      await expect(one.task.triggerNow('user:default/anna')).rejects.toThrow(
        ConflictError,
      );
      expect(await knex(RUN_REQUESTS_TABLE)).toEqual([]);

      gate.open();
      await waitFor('the scheduled run to finish', async () =>
        (await store.getRun(scheduled.id))?.status === 'succeeded'
          ? true
          : undefined,
      );

      const { runId } = await two.task.triggerNow('user:default/marc');
      const onDemand = await waitFor('the on-demand run', async () => {
        const run = await store.getRun(runId);
        return run?.status === 'succeeded' ? run : undefined;
      });
      expect(onDemand).toEqual(
        expect.objectContaining({
          id: runId,
          trigger: 'on-demand',
          requestedBy: 'user:default/marc',
        }),
      );
      expect((await store.listRuns({ limit: 10 })).map(r => r.trigger)).toEqual(
        ['on-demand', 'schedule'],
      );
      expect(gate.started).toBe(2);
    } finally {
      gate.open();
      await one.backend.stop();
      await two.backend.stop();
    }
  });

  it('is registered as one global task', async () => {
    const { knex } = await testStore('POSTGRES_15');
    const replica = await startReplica(knex, new GateCollector());
    try {
      const [row] = await knex('backstage_backend_tasks__tasks').where(
        'id',
        EVALUATION_TASK_ID,
      );
      expect(JSON.parse(row.settings_json)).toEqual(
        expect.objectContaining({
          cadence: 'P1D',
          timeoutAfterDuration: 'PT5M',
          initialDelayDuration: 'PT0S',
        }),
      );
    } finally {
      await replica.backend.stop();
    }
  });
});

describe('EvaluationTask, its requests and its task function', () => {
  const schedule = {
    frequency: { hours: 6 },
    intervalMs: 6 * 60 * 60 * 1000,
    initialDelay: { minutes: 1 },
    timeout: { minutes: 30 },
  };

  it('answers with the run a going task claimed, though the trigger was refused', async () => {
    const { store } = await testStore('SQLITE_3');
    const scheduler = mockServices.scheduler.mock({
      // The task started between the request and the trigger, and took it.
      triggerTask: jest.fn(async () => {
        await store.claimRunRequest('2026-12-05T10:00:00.000Z');
        throw new ConflictError(
          'Task compliance-evaluate is currently running',
        );
      }),
    });
    const task = new EvaluationTask({
      scheduler,
      store,
      engine: { run: jest.fn() },
      schedule,
      logger: mockServices.logger.mock(),
    });
    const { runId } = await task.triggerNow('user:default/anna');
    expect(scheduler.triggerTask).toHaveBeenCalledWith(EVALUATION_TASK_ID);
    expect(await store.withdrawRunRequest(runId)).toBe(false);
  });

  it('lets any other failure of the trigger through and withdraws the request', async () => {
    const { store, knex } = await testStore('SQLITE_3');
    const task = new EvaluationTask({
      scheduler: mockServices.scheduler.mock({
        triggerTask: jest.fn(async () => {
          throw new Error('Task compliance-evaluate does not exist');
        }),
      }),
      store,
      engine: { run: jest.fn() },
      schedule,
      logger: mockServices.logger.mock(),
    });
    await expect(task.triggerNow('user:default/anna')).rejects.toThrow(
      'does not exist',
    );
    expect(await knex(RUN_REQUESTS_TABLE)).toEqual([]);
  });

  it('runs every request waiting, each as its requester, or else a scheduled run', async () => {
    const { store } = await testStore('SQLITE_3');
    const scheduler = mockServices.scheduler.mock();
    const run = jest.fn(async () => ({} as never));
    const task = new EvaluationTask({
      scheduler,
      store,
      engine: { run },
      schedule,
      logger: mockServices.logger.mock(),
    });
    await task.start();
    const [[definition]] = scheduler.scheduleTask.mock.calls;
    expect(definition).toEqual(
      expect.objectContaining({
        id: EVALUATION_TASK_ID,
        scope: 'global',
        frequency: { hours: 6 },
        initialDelay: { minutes: 1 },
      }),
    );

    const signal = new AbortController().signal;
    await definition.fn(signal);
    expect(run.mock.calls).toEqual([[{ trigger: 'schedule', signal }]]);

    run.mockClear();
    await store.queueRunRequest({
      runId: 'r1',
      requestedBy: 'user:default/a',
      requestedAt: '2026-12-05T10:00:00Z',
    });
    await store.queueRunRequest({
      runId: 'r2',
      requestedBy: 'user:default/b',
      requestedAt: '2026-12-05T10:00:01Z',
    });
    await definition.fn(signal);
    expect(run.mock.calls).toEqual([
      [
        {
          trigger: 'on-demand',
          requestedBy: 'user:default/a',
          runId: 'r1',
          signal,
        },
      ],
      [
        {
          trigger: 'on-demand',
          requestedBy: 'user:default/b',
          runId: 'r2',
          signal,
        },
      ],
    ]);
  });
});
