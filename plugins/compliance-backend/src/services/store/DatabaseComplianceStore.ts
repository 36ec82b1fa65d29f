import type {
  ComplianceExemption,
  CompliancePeriod,
  ControlEvaluation,
  EvaluationRun,
  LedgeredObservation,
  Observation,
} from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import { appendToLedger } from './appendToLedger';
import type {
  ComplianceStore,
  ControlHistoryQuery,
  EvaluationQuery,
  NewExemption,
  ObservationQuery,
  RunRequest,
} from './ComplianceStore';
import {
  listControlHistory,
  listEvaluations,
  readRunEvaluations,
} from './evaluationQueries';
import { toEvaluationRow } from './evaluationRows';
import {
  createExemption,
  decideExemption,
  ExemptionDecision,
  ExemptionFilter,
  getExemption,
  listExemptions,
} from './exemptionQueries';
import { observationPayload, runPayload } from './ledgerPayloads';
import {
  appendedLedgerHead,
  ledgerHead,
  ledgerRecordBefore,
  readLedger,
} from './ledgerQueries';
import { listObservations, readObservations } from './observationQueries';
import { toObservationRow } from './observationRows';
import {
  claimRunRequest,
  queueRunRequest,
  withdrawRunRequest,
} from './runRequestQueries';
import { RunRow, toRun } from './runRows';
import {
  clamp,
  EVALUATIONS_TABLE,
  insertInChunks,
  instant,
  OBSERVATIONS_TABLE,
  RUNS_TABLE,
} from './tables';

const MAX_RUNS_PAGE = 1000;

const period = (value: CompliancePeriod): CompliancePeriod => ({
  from: instant(value.from),
  to: instant(value.to),
});

/** The compliance store on the plugin's own database, PostgreSQL or SQLite. */
export class DatabaseComplianceStore implements ComplianceStore {
  readonly #db: Knex;
  readonly #now: () => Date;

  constructor(db: Knex, options: { now?: () => Date } = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
  }

  async createRun(
    run: Parameters<ComplianceStore['createRun']>[0],
  ): Promise<void> {
    await this.#db<RunRow>(RUNS_TABLE).insert({
      id: run.id,
      trigger: run.trigger,
      requested_by: run.requestedBy ?? null,
      started_at: instant(run.startedAt),
      finished_at: null,
      status: 'running',
      observation_count: 0,
      collector_errors: '[]',
    });
  }

  async recordObservations(
    runId: string,
    observations: Observation[],
  ): Promise<LedgeredObservation[]> {
    if (observations.length === 0) return [];
    return this.#db.transaction(async tx => {
      await assertRunning(tx, runId);
      const records = await appendToLedger(
        tx,
        observations.map(observation => ({
          kind: 'observation' as const,
          payload: observationPayload(runId, observation),
        })),
        this.#now(),
      );
      await insertInChunks(
        tx,
        OBSERVATIONS_TABLE,
        observations.map((observation, index) =>
          toObservationRow(runId, observation, records[index]),
        ),
      );
      return observations.map((observation, index) => ({
        ...observation,
        sequence: records[index].sequence,
        hash: records[index].hash,
        runId,
      }));
    });
  }

  async finishRun(
    run: EvaluationRun,
    evaluations: ControlEvaluation[],
  ): Promise<void> {
    const foreign = evaluations.find(evaluation => evaluation.runId !== run.id);
    if (foreign) {
      throw new Error(
        `Evaluation of ${foreign.controlId} for ${foreign.subject} belongs to run ${foreign.runId}, not ${run.id}`,
      );
    }
    await this.#db.transaction(async tx => {
      const updated = await tx<RunRow>(RUNS_TABLE)
        .where({ id: run.id, status: 'running' })
        .update({
          status: run.status,
          finished_at: instant(run.finishedAt ?? this.#now().toISOString()),
          observation_count: run.observationCount,
          collector_errors: JSON.stringify(run.collectorErrors),
        });
      if (updated !== 1) {
        throw new Error(`Run ${run.id} is not running; it cannot be finished`);
      }
      await insertInChunks(
        tx,
        EVALUATIONS_TABLE,
        evaluations.map(toEvaluationRow),
      );
      const [row] = await tx<RunRow>(RUNS_TABLE).where('id', run.id);
      await appendToLedger(
        tx,
        [{ kind: 'run', payload: runPayload(toRun(row), evaluations) }],
        this.#now(),
      );
    });
  }

  async failUnfinishedRuns(
    startedBefore: string,
    message: string,
  ): Promise<number> {
    return this.#db.transaction(async tx => {
      const rows = await tx<RunRow>(RUNS_TABLE)
        .where('status', 'running')
        .where('started_at', '<', instant(startedBefore));
      const finishedAt = this.#now().toISOString();
      const failed: EvaluationRun[] = [];
      for (const row of rows) {
        const run: EvaluationRun = {
          ...toRun(row),
          status: 'failed',
          finishedAt,
        };
        run.collectorErrors = [
          ...run.collectorErrors,
          { collector: 'compliance', message },
        ];
        const updated = await tx<RunRow>(RUNS_TABLE)
          .where({ id: run.id, status: 'running' })
          .update({
            status: 'failed',
            finished_at: finishedAt,
            collector_errors: JSON.stringify(run.collectorErrors),
          });
        if (updated === 1) failed.push(run);
      }
      await appendToLedger(
        tx,
        failed.map(run => ({
          kind: 'run' as const,
          payload: runPayload(run, []),
        })),
        this.#now(),
      );
      return failed.length;
    });
  }

  async listRuns(options: {
    period?: CompliancePeriod;
    limit: number;
  }): Promise<EvaluationRun[]> {
    let select = this.#db<RunRow>(RUNS_TABLE);
    if (options.period) {
      const { from, to } = period(options.period);
      select = select
        .where('started_at', '>=', from)
        .where('started_at', '<', to);
    }
    const rows = await select
      .orderBy('started_at', 'desc')
      .orderBy('id')
      .limit(clamp(options.limit, 1, MAX_RUNS_PAGE));
    return rows.map(toRun);
  }

  async latestRun(before?: string): Promise<EvaluationRun | undefined> {
    let select = this.#db<RunRow>(RUNS_TABLE);
    if (before) select = select.where('started_at', '<', instant(before));
    const row = await select.orderBy('started_at', 'desc').first();
    return row ? toRun(row) : undefined;
  }

  async getRun(id: string): Promise<EvaluationRun | undefined> {
    const row = await this.#db<RunRow>(RUNS_TABLE).where('id', id).first();
    return row ? toRun(row) : undefined;
  }

  queueRunRequest(request: RunRequest) {
    return queueRunRequest(this.#db, request);
  }

  claimRunRequest(claimedAt: string) {
    return claimRunRequest(this.#db, claimedAt);
  }

  withdrawRunRequest(runId: string) {
    return withdrawRunRequest(this.#db, runId);
  }

  listObservations(query: ObservationQuery) {
    return listObservations(this.#db, {
      ...query,
      period: period(query.period),
    });
  }

  readObservations(options: {
    period: CompliancePeriod;
    afterSequence?: number;
    limit: number;
  }) {
    return readObservations(this.#db, {
      ...options,
      period: period(options.period),
    });
  }

  readRunEvaluations(options: {
    runId: string;
    after?: { controlId: string; subject: string };
    limit: number;
  }) {
    return readRunEvaluations(this.#db, options);
  }

  listEvaluations(query: EvaluationQuery) {
    return listEvaluations(this.#db, {
      ...query,
      period: period(query.period),
    });
  }

  listControlHistory(query: ControlHistoryQuery) {
    return listControlHistory(this.#db, {
      ...query,
      period: period(query.period),
    });
  }

  createExemption(exemption: NewExemption): Promise<ComplianceExemption> {
    return createExemption(this.#db, exemption, this.#now());
  }

  decideExemption(id: string, decision: ExemptionDecision) {
    return decideExemption(this.#db, id, decision, this.#now());
  }

  getExemption(id: string) {
    return getExemption(this.#db, id);
  }

  listExemptions(filter: ExemptionFilter) {
    return listExemptions(this.#db, filter);
  }

  readLedger(options: {
    afterSequence?: number;
    limit: number;
    period?: CompliancePeriod;
  }) {
    return readLedger(this.#db, {
      ...options,
      period: options.period && period(options.period),
    });
  }

  ledgerRecordBefore(value: string) {
    return ledgerRecordBefore(this.#db, instant(value));
  }

  ledgerHead() {
    return ledgerHead(this.#db);
  }

  appendedLedgerHead() {
    return appendedLedgerHead(this.#db);
  }
}

async function assertRunning(tx: Knex.Transaction, runId: string) {
  const row = await tx<RunRow>(RUNS_TABLE).where('id', runId).first('status');
  if (row?.status !== 'running') {
    throw new Error(
      row
        ? `Run ${runId} is ${row.status}; observations are recorded while it runs`
        : `There is no run ${runId}`,
    );
  }
}
