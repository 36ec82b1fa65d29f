import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { randomUUID } from 'node:crypto';
import type { ComplianceStore } from '../store/ComplianceStore';
import type { EvaluationEngine } from './EvaluationEngine';
import type { EvaluationSettings } from './evaluationSettings';

/** The scheduler's id of the evaluation task. */
export const EVALUATION_TASK_ID = 'compliance-evaluate';

export interface EvaluationTaskOptions {
  scheduler: SchedulerService;
  engine: Pick<EvaluationEngine, 'run'>;
  store: Pick<
    ComplianceStore,
    'queueRunRequest' | 'claimRunRequest' | 'withdrawRunRequest'
  >;
  schedule: EvaluationSettings['schedule'];
  logger: LoggerService;
  now?: () => Date;
}

/**
 * Evaluation on a schedule and on demand, once across replicas: both go
 * through one global scheduler task, so a replica never starts a run while
 * another one's is going.
 *
 * The task function cannot be told who triggered it, so an on-demand run is
 * asked for in two steps: `triggerNow` stores a request naming the person
 * and the run id, then triggers the task. Whichever replica runs the task
 * claims the request (exactly one can) and runs it as that person's. A
 * trigger refused because a run is going takes its request back and
 * surfaces the scheduler's `ConflictError` (409), unless the running task
 * claimed the request in the meantime: then that run is the one asked for.
 */
export class EvaluationTask {
  readonly #options: EvaluationTaskOptions;
  readonly #now: () => Date;

  constructor(options: EvaluationTaskOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
  }

  /** Registers the task with the scheduler; call once at startup. */
  async start(): Promise<void> {
    const { scheduler, schedule } = this.#options;
    await scheduler.scheduleTask({
      id: EVALUATION_TASK_ID,
      scope: 'global',
      frequency: schedule.frequency,
      initialDelay: schedule.initialDelay,
      timeout: schedule.timeout,
      fn: signal => this.#runDue(signal),
    });
  }

  /**
   * Starts a run now for `requestedBy` (a user ref). Resolves with the id
   * the run has or will have once a replica picks it up.
   *
   * @throws ConflictError when a run is going (the router answers 409).
   */
  async triggerNow(requestedBy: string): Promise<{ runId: string }> {
    const { scheduler, store } = this.#options;
    const runId = randomUUID();
    await store.queueRunRequest({
      runId,
      requestedBy,
      requestedAt: this.#now().toISOString(),
    });
    try {
      await scheduler.triggerTask(EVALUATION_TASK_ID);
    } catch (error) {
      const withdrawn = await store.withdrawRunRequest(runId);
      if (withdrawn) throw error;
    }
    return { runId };
  }

  /**
   * One invocation: every on-demand request waiting (requests that arrived
   * together each get their run, named after who asked), or else the
   * scheduled run.
   */
  async #runDue(signal: AbortSignal): Promise<void> {
    const { engine, store } = this.#options;
    let request = await store.claimRunRequest(this.#now().toISOString());
    if (!request) {
      await engine.run({ trigger: 'schedule', signal });
      return;
    }
    while (request) {
      await engine.run({
        trigger: 'on-demand',
        requestedBy: request.requestedBy,
        runId: request.runId,
        signal,
      });
      // A request claimed is run: claim no more once asked to stop.
      request = signal.aborted
        ? undefined
        : await store.claimRunRequest(this.#now().toISOString());
    }
  }
}
