import { Replica } from './replica';
import { MetricSample, scrape, sumOf } from './prometheusText';

/** Backstage's scheduler counter, as the Prometheus exporter names it. */
export const TASK_RUNS_METRIC = 'backend_tasks_task_runs_count_total';
/**
 * The scheduler's gauge of a task's last start (epoch seconds); the exporter
 * may add the unit to the name, hence a prefix.
 */
export const TASK_LAST_STARTED_PREFIX = 'backend_tasks_task_runs_started';
/** The catalog's processing counter (`catalog.processed.entities.count`). */
export const CATALOG_PROCESSED_METRIC =
  'catalog_processed_entities_count_total';

/** A task started on a replica, seen between two samples. */
export interface TaskStart {
  taskId: string;
  replica: string;
  /** When the sample that saw it was taken (epoch ms). */
  seenAt: number;
  /**
   * When it started (epoch ms), from the scheduler's last-started gauge;
   * the sample time when the gauge is missing. Samples of a busy replica
   * come late, so only this time says how far apart two runs were.
   */
  startedAt: number;
  /** Runs started since the sample before (more than 1 = two in a second). */
  count: number;
}

export interface SchedulerSampler {
  /** Task starts seen so far, oldest first. */
  starts(): TaskStart[];
  /** The last sample of each replica's metrics. */
  latest(): Record<string, MetricSample[]>;
  /** The first sample of each replica's metrics. */
  first(): Record<string, MetricSample[]>;
  stop(): Promise<void>;
}

/**
 * Samples every replica's `/metrics` every `intervalMs` and records each
 * scheduled task start it sees, per replica, with its time. Two replicas
 * running one global task in the same interval would show as two starts
 * close together.
 */
export function sampleScheduler(
  replicas: Replica[],
  intervalMs = 1_000,
): SchedulerSampler {
  const starts: TaskStart[] = [];
  const latest: Record<string, MetricSample[]> = {};
  const first: Record<string, MetricSample[]> = {};
  const startedCounts = new Map<string, number>();
  let stopping = false;

  const sampleOnce = async (replica: Replica) => {
    if (replica.exited()) {
      return;
    }
    const samples = await scrape(replica.metricsUrl).catch(() => undefined);
    if (!samples) {
      return;
    }
    // The first sample is the baseline: runs before it are not timed.
    const baseline = !first[replica.name];
    first[replica.name] ??= samples;
    latest[replica.name] = samples;
    const taskIds = new Set(
      samples
        .filter(s => s.name === TASK_RUNS_METRIC)
        .map(s => s.labels.taskId),
    );
    for (const taskId of taskIds) {
      const key = `${replica.name}/${taskId}`;
      const count = sumOf(samples, TASK_RUNS_METRIC, {
        taskId,
        result: 'started',
      });
      const before = startedCounts.get(key) ?? 0;
      if (!baseline && count > before) {
        const seenAt = Date.now();
        const lastStarted = samples.find(
          sample =>
            sample.name.startsWith(TASK_LAST_STARTED_PREFIX) &&
            sample.labels.taskId === taskId,
        );
        starts.push({
          taskId,
          replica: replica.name,
          seenAt,
          startedAt: lastStarted ? lastStarted.value * 1000 : seenAt,
          count: count - before,
        });
      }
      startedCounts.set(key, count);
    }
  };
  const running = (async () => {
    while (!stopping) {
      await Promise.all(replicas.map(sampleOnce));
      await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    starts: () => [...starts],
    latest: () => ({ ...latest }),
    first: () => ({ ...first }),
    async stop() {
      stopping = true;
      await running;
    },
  };
}

type SamplesPerReplica = Record<string, MetricSample[]>;

/** How many times each replica has started `taskId`, from its counter. */
export function startsPerReplica(
  latest: SamplesPerReplica,
  taskId: string,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(latest).map(([replica, samples]) => [
      replica,
      sumOf(samples, TASK_RUNS_METRIC, { taskId, result: 'started' }),
    ]),
  );
}

/** Entities each replica's catalog processed between two samples. */
export function catalogProcessedPerReplica(
  first: SamplesPerReplica,
  latest: SamplesPerReplica,
): Record<string, number> {
  return Object.fromEntries(
    Object.keys(latest).map(replica => [
      replica,
      sumOf(latest[replica], CATALOG_PROCESSED_METRIC) -
        sumOf(first[replica] ?? [], CATALOG_PROCESSED_METRIC),
    ]),
  );
}
