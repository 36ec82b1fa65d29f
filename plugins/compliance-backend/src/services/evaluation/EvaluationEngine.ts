import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  ControlEvaluation,
  EvaluationRun,
  LedgeredObservation,
  Observation,
} from '@localplus/plugin-compliance-common';
import type { EvidenceCollector } from '@localplus/plugin-compliance-node';
import { randomUUID } from 'node:crypto';
import type { ControlCatalog } from '../controls/buildControlCatalog';
import type { ComplianceStore } from '../store/ComplianceStore';
import { evaluateControls } from './evaluateControls';
import type { EvaluationSettings } from './evaluationSettings';
import { failureMessage, runCollector } from './runCollector';
import {
  RejectedObservation,
  validateObservations,
} from './validateObservations';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EvaluationRequest {
  trigger: EvaluationRun['trigger'];
  /** User ref of whoever asked for an on-demand run. */
  requestedBy?: string;
  /** The id to give the run (an on-demand request's); a new one otherwise. */
  runId?: string;
  /** Cancels the run (the scheduler's signal). */
  signal?: AbortSignal;
}

export interface EvaluationEngineOptions {
  store: ComplianceStore;
  catalog: ControlCatalog;
  /** The installed collectors, from the extension point and the built-in ones. */
  collectors: EvidenceCollector[];
  settings: Pick<EvaluationSettings, 'lookbackDays' | 'collectorTimeoutMs'>;
  logger: LoggerService;
  now?: () => Date;
}

interface CollectorOutcome {
  collector: EvidenceCollector;
  observations: Observation[];
  failure?: string;
}

/**
 * One evaluation: every collector is asked for the evidence the controls
 * cite, each under its own timeout; what comes back is validated, recorded
 * in the ledger, and every control is evaluated per subject from it.
 *
 * A collector that throws, times out or returns garbage never stops the
 * run: its checks become `error` observations, and the run notes the
 * collector's failure.
 */
export class EvaluationEngine {
  readonly #options: EvaluationEngineOptions;
  readonly #now: () => Date;

  constructor(options: EvaluationEngineOptions) {
    const ids = new Set<string>();
    for (const collector of options.collectors) {
      if (ids.has(collector.id)) {
        throw new Error(
          `Two evidence collectors have the id "${collector.id}"; a check id must name one collector`,
        );
      }
      ids.add(collector.id);
    }
    // Recorded in the order of their ids, not of their modules' start (which
    // varies with what each module waits for), so a run's ledger records
    // come in the same order on every replica and every start.
    this.#options = {
      ...options,
      collectors: [...options.collectors].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      ),
    };
    this.#now = options.now ?? (() => new Date());
  }

  async run(request: EvaluationRequest): Promise<EvaluationRun> {
    const { store, logger } = this.#options;
    const startedAt = this.#now();
    const run: EvaluationRun = {
      id: request.runId ?? randomUUID(),
      trigger: request.trigger,
      ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
      startedAt: startedAt.toISOString(),
      status: 'running',
      observationCount: 0,
      collectorErrors: [],
    };
    // Only one run goes at a time across replicas: one still marked running
    // lost its process, or outlived the scheduler's timeout.
    await store.failUnfinishedRuns(
      run.startedAt,
      'The run stopped before it finished (the backend restarted or the run timed out)',
    );
    await store.createRun(run);
    logger.info(`Compliance evaluation ${run.id} started (${run.trigger})`);

    try {
      const outcomes = await this.#collect(startedAt, request.signal);
      // A cancelled run records nothing: its collectors were cut short.
      request.signal?.throwIfAborted();
      const recorded: LedgeredObservation[] = [];
      for (const outcome of outcomes) {
        if (outcome.failure) {
          run.collectorErrors.push({
            collector: outcome.collector.id,
            message: outcome.failure,
          });
        }
        recorded.push(
          ...(await store.recordObservations(run.id, outcome.observations)),
        );
      }
      run.observationCount = recorded.length;
      const evaluations = await this.#evaluate(run, recorded);
      const finished: EvaluationRun = {
        ...run,
        status: 'succeeded',
        finishedAt: this.#now().toISOString(),
      };
      await store.finishRun(finished, evaluations);
      logger.info(
        `Compliance evaluation ${run.id} recorded ${recorded.length} observations and ${evaluations.length} evaluations`,
      );
      return finished;
    } catch (error) {
      const failed: EvaluationRun = {
        ...run,
        status: 'failed',
        finishedAt: this.#now().toISOString(),
        collectorErrors: [
          ...run.collectorErrors,
          { collector: 'compliance', message: failureMessage(error) },
        ],
      };
      logger.error(`Compliance evaluation ${run.id} failed`, error as Error);
      await store
        .finishRun(failed, [])
        .catch(finishError =>
          logger.error(
            `Compliance evaluation ${run.id} could not be closed`,
            finishError,
          ),
        );
      throw error;
    }
  }

  async #collect(now: Date, signal?: AbortSignal): Promise<CollectorOutcome[]> {
    const { catalog, collectors, settings, logger } = this.#options;
    const window = {
      from: new Date(now.getTime() - settings.lookbackDays * DAY_MS),
      to: now,
    };
    const evidence = catalog.controls.flatMap(control => control.evidence);
    return Promise.all(
      collectors.map(async collector => {
        const requested = evidence.filter(e =>
          e.check.startsWith(`${collector.id}.`),
        );
        try {
          const collected = await runCollector(collector, {
            now,
            window,
            requested,
            logger: logger.child({ collector: collector.id }),
            timeoutMs: settings.collectorTimeoutMs,
            signal,
          });
          const { accepted, rejected } = validateObservations(
            collector,
            collected,
            { now, windowFrom: window.from },
          );
          return {
            collector,
            observations: [
              ...accepted,
              ...this.#rejectedToErrors(collector, rejected, now),
            ],
          };
        } catch (error) {
          const message = failureMessage(error);
          logger.warn(`Evidence collector ${collector.id} failed: ${message}`);
          const checks = [...new Set(requested.map(e => e.check))];
          return {
            collector,
            failure: message,
            observations: checks.map(check =>
              errorObservation(
                collector.id,
                check,
                `collector:${collector.id}`,
                `The ${collector.title} collector failed: ${message}`,
                now,
              ),
            ),
          };
        }
      }),
    );
  }

  /** One error per claimed check and subject, however many bad observations claimed it. */
  #rejectedToErrors(
    collector: EvidenceCollector,
    rejected: RejectedObservation[],
    now: Date,
  ): Observation[] {
    const grouped = new Map<string, RejectedObservation[]>();
    for (const entry of rejected) {
      if (!entry.check) {
        this.#options.logger.warn(
          `Evidence collector ${collector.id} returned an observation that names none of its checks: ${entry.problem}`,
        );
        continue;
      }
      const subject = entry.subject ?? `collector:${collector.id}`;
      const key = `${entry.check}\u0000${subject}`;
      grouped.set(key, [...(grouped.get(key) ?? []), entry]);
    }
    return [...grouped.values()].map(entries => {
      const [first] = entries;
      const count =
        entries.length === 1
          ? 'an observation'
          : `${entries.length} observations`;
      return errorObservation(
        collector.id,
        first.check!,
        first.subject ?? `collector:${collector.id}`,
        `The ${collector.title} collector returned ${count} the backend cannot accept: ${first.problem}`,
        now,
      );
    });
  }

  async #evaluate(
    run: EvaluationRun,
    observations: LedgeredObservation[],
  ): Promise<ControlEvaluation[]> {
    const { store, catalog, collectors } = this.#options;
    const evaluatedAt = this.#now().toISOString();
    const exemptions = await store.listExemptions({ activeAt: evaluatedAt });
    return evaluateControls({
      runId: run.id,
      evaluatedAt,
      controls: catalog.controls,
      observations,
      exemptions,
      installedChecks: new Set(
        collectors.flatMap(c => c.checks.map(check => `${c.id}.${check.id}`)),
      ),
    });
  }
}

function errorObservation(
  collector: string,
  check: string,
  subject: string,
  summary: string,
  now: Date,
): Observation {
  return {
    check,
    collector,
    subject,
    result: 'error',
    summary,
    method: 'examine',
    examined: [],
    observedAt: now.toISOString(),
  };
}
