import type {
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { sloQueries } from '@localplus/plugin-slo-common';
import type {
  ObjectiveReport,
  SloWindowReport,
} from '@localplus/plugin-slo-common';
import {
  isMetricSourceError,
  SloMetricSource,
} from '@localplus/plugin-slo-node';
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { queryInstantBatch } from './batchedQueries';
import { InFlightWork, PendingWork } from './inFlightWork';
import { chartSeries } from './chartSeries';
import { MeasuredObjective, measureObjective } from './measureObjective';
import { instantQueries, prefixed } from './objectiveQueries';
import { objectiveName, ResolvedObjective } from './resolvedObjective';
import { elapsedRange, sloWindowAt } from './sloWindow';

export type ObjectiveEvaluatorOptions = {
  sources: ReadonlyMap<string, SloMetricSource>;
  cache: CacheService;
  logger: LoggerService;
  /** How long a measurement is reused, in seconds. */
  cacheTtlSeconds: number;
  /** Objectives measured by one combined query. */
  batchSize: number;
  /** Combined queries in flight at once, per evaluation. */
  concurrency: number;
  /** Low-traffic guard: events an alert's long window needs before it fires. */
  minimumEvents: number;
};

type Outcome = MeasuredObjective | { status: 'error'; error: string };

/**
 * Measures objectives against their metric sources: cached results first,
 * then the rest in combined queries of `batchSize` objectives. When a
 * combined query is refused (one objective's PromQL is bad), its objectives
 * are measured one by one, so the error stays with the objective at fault.
 */
export class ObjectiveEvaluator {
  private readonly inFlight = new InFlightWork<Outcome>();

  constructor(private readonly options: ObjectiveEvaluatorOptions) {}

  async evaluate(
    objectives: readonly ResolvedObjective[],
    now: Date,
    { series }: { series: boolean },
  ): Promise<ObjectiveReport[]> {
    const outcomes = new Map<ResolvedObjective, Outcome>();
    const waiting: Array<Promise<void>> = [];
    const missing: ResolvedObjective[] = [];
    const pending = new Map<string, PendingWork<Outcome>>();
    const awaitOther = (resolved: ResolvedObjective, other: Promise<Outcome>) =>
      waiting.push(other.then(outcome => void outcomes.set(resolved, outcome)));
    const lookups = await Promise.allSettled(
      objectives.map(async resolved => {
        const key = this.cacheKey(resolved, series);
        const underWay = this.inFlight.get(key);
        if (underWay) {
          awaitOther(resolved, underWay);
          return;
        }
        const cached = await this.options.cache.get<Outcome>(key);
        if (cached) {
          outcomes.set(resolved, cached);
          return;
        }
        // Another request may have started it while the cache answered.
        const startedMeanwhile = this.inFlight.get(key);
        if (startedMeanwhile) {
          awaitOther(resolved, startedMeanwhile);
        } else {
          pending.set(key, this.inFlight.start(key));
          missing.push(resolved);
        }
      }),
    );
    const failedLookup = lookups.find(
      (lookup): lookup is PromiseRejectedResult => lookup.status === 'rejected',
    );
    if (failedLookup) {
      // Nobody will measure what this request registered: release its waiters.
      pending.forEach(measurement => measurement.fail(failedLookup.reason));
      throw failedLookup.reason;
    }
    const limit = pLimit(this.options.concurrency);
    await Promise.all([
      ...waiting,
      ...this.batches(missing).map(batch =>
        limit(() =>
          this.measureAndShare(batch, now, series, pending, outcomes),
        ),
      ),
    ]);
    return objectives.map(resolved =>
      this.report(
        resolved,
        sloWindowAt(resolved.slo, now),
        outcomes.get(resolved)!,
      ),
    );
  }

  /**
   * Measures one batch, hands each outcome to the requests waiting for it,
   * then keeps the successful ones in the cache.
   */
  private async measureAndShare(
    batch: ResolvedObjective[],
    now: Date,
    series: boolean,
    pending: Map<string, PendingWork<Outcome>>,
    outcomes: Map<ResolvedObjective, Outcome>,
  ): Promise<void> {
    const keys = batch.map(resolved => this.cacheKey(resolved, series));
    let measured: Map<ResolvedObjective, Outcome>;
    try {
      measured = await this.measureBatch(batch, now, series);
    } catch (error) {
      keys.forEach(key => pending.get(key)?.fail(error));
      throw error;
    }
    batch.forEach((resolved, i) => {
      const outcome = measured.get(resolved)!;
      outcomes.set(resolved, outcome);
      pending.get(keys[i])?.settle(outcome);
    });
    for (const [i, resolved] of batch.entries()) {
      const outcome = measured.get(resolved)!;
      if (outcome.status !== 'error') {
        await this.options.cache.set(keys[i], outcome, {
          ttl: { seconds: this.options.cacheTtlSeconds },
        });
      }
    }
  }

  /** Objectives of the same source and environment, `batchSize` at a time. */
  private batches(objectives: ResolvedObjective[]): ResolvedObjective[][] {
    const groups = new Map<string, ResolvedObjective[]>();
    for (const resolved of objectives) {
      const group = `${resolved.sourceType}\u0000${resolved.environment}`;
      const members = groups.get(group);
      if (members) {
        members.push(resolved);
      } else {
        groups.set(group, [resolved]);
      }
    }
    return [...groups.values()].flatMap(group => {
      const batches: ResolvedObjective[][] = [];
      for (let i = 0; i < group.length; i += this.options.batchSize) {
        batches.push(group.slice(i, i + this.options.batchSize));
      }
      return batches;
    });
  }

  private async measureBatch(
    batch: ResolvedObjective[],
    now: Date,
    series: boolean,
  ): Promise<Map<ResolvedObjective, Outcome>> {
    const [first] = batch;
    const source = this.options.sources.get(first.sourceType);
    if (!source) {
      const error = `No metric source of type "${first.sourceType}" is installed in the portal`;
      return new Map(
        batch.map(resolved => [resolved, { status: 'error', error }]),
      );
    }
    const windows = batch.map(resolved => sloWindowAt(resolved.slo, now));
    try {
      const values = await queryInstantBatch(
        source,
        first.environment,
        batch.flatMap((resolved, i) =>
          prefixed(`o${i}_`, instantQueries(resolved, windows[i])),
        ),
        now,
      );
      const outcomes = new Map<ResolvedObjective, Outcome>();
      await Promise.all(
        batch.map(async (resolved, i) => {
          const measured = measureObjective(
            resolved,
            windows[i],
            id => values.get(`o${i}_${id}`),
            this.options.minimumEvents,
          );
          if (series && measured.status === 'ok') {
            measured.measurement.series = await this.chart(
              source,
              resolved,
              windows[i],
            );
          }
          outcomes.set(resolved, measured);
        }),
      );
      return outcomes;
    } catch (error) {
      if (
        isMetricSourceError(error) &&
        error.kind === 'query' &&
        batch.length > 1
      ) {
        // One at a time: this runs inside a concurrency slot already.
        const alone: Array<Map<ResolvedObjective, Outcome>> = [];
        for (const resolved of batch) {
          alone.push(await this.measureBatch([resolved], now, series));
        }
        return new Map(alone.flatMap(outcome => [...outcome]));
      }
      const message = describe(error);
      this.options.logger.warn(
        `Could not measure ${batch.length} SLO objective(s) in ${first.environment}: ${message}`,
      );
      return new Map(
        batch.map(resolved => [resolved, { status: 'error', error: message }]),
      );
    }
  }

  /** Charts are a bonus: when they fail, the numbers are still shown. */
  private async chart(
    source: SloMetricSource,
    resolved: ResolvedObjective,
    window: SloWindowReport,
  ) {
    try {
      return await chartSeries(source, resolved, window);
    } catch (error) {
      this.options.logger.warn(
        `Could not read the chart series of ${resolved.key}: ${describe(
          error,
        )}`,
      );
      return undefined;
    }
  }

  private cacheKey(resolved: ResolvedObjective, series: boolean): string {
    const digest = createHash('sha256')
      .update(
        JSON.stringify([resolved.slo, resolved.index, resolved.environment]),
      )
      .digest('hex');
    return `measurement:v1:${series ? 'series' : 'plain'}:${digest}`;
  }

  private report(
    resolved: ResolvedObjective,
    window: SloWindowReport,
    outcome: Outcome,
  ): ObjectiveReport {
    const queries = sloQueries(resolved.slo, resolved.objective);
    const range = elapsedRange(window);
    const errorRatio = queries.errorRatio(range);
    const source = this.options.sources.get(resolved.sourceType);
    const { thresholdMetric } = resolved.slo.spec.indicator.spec;
    const { op, value } = resolved.objective;
    return {
      key: resolved.key,
      entityRef: resolved.entityRef,
      sloName: resolved.slo.metadata.name,
      sloDisplayName:
        resolved.slo.metadata.displayName ?? resolved.slo.metadata.name,
      service: resolved.slo.spec.service,
      description: resolved.slo.spec.description,
      objectiveIndex: resolved.index,
      objectiveName: objectiveName(resolved),
      target: resolved.target,
      threshold:
        thresholdMetric && op !== undefined && value !== undefined
          ? { op, value }
          : undefined,
      indicator: thresholdMetric ? 'threshold' : 'ratio',
      budgetingMethod: resolved.slo.spec.budgetingMethod,
      environment: resolved.environment,
      window,
      queries: {
        errorRatio,
        total: queries.events(range),
        explorerUrl: source?.explorerUrl?.(resolved.environment, errorRatio),
      },
      runbookUrl: resolved.runbookUrl,
      dashboardUrl: resolved.dashboardUrl,
      status: outcome.status,
      ...(outcome.status === 'error'
        ? { error: outcome.error }
        : { measurement: outcome.measurement }),
    };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
