import type {
  ComplianceControl,
  ComplianceFramework,
  CompliancePeriod,
  ControlCoverage,
  ControlEvaluation,
  EvaluationRun,
  LedgeredObservation,
  LedgerRecord,
} from '@localplus/plugin-compliance-common';
import type { ComplianceExportInput } from '@localplus/plugin-compliance-node';
import { periodLabel } from '../../period';
import type { ComplianceStore } from '../store/ComplianceStore';
import { concernsPeriod, exemptionAsOf } from './exemptionAsOf';

/** Runs read from the store per query while assembling an export. */
const RUNS_PAGE = 1000;
/**
 * Observations, evaluations and ledger records read per query: every page
 * starts after the last key of the one before (keyset paging), so a
 * period of hundreds of thousands of rows costs a few dozen cheap queries.
 */
const PAGE = 5000;

export interface ExportServiceOptions {
  store: ComplianceStore;
  frameworks: ComplianceFramework[];
  controls: ComplianceControl[];
  /** Coverage of every control over a period, as the status page shows it. */
  coverage: (
    period: CompliancePeriod,
  ) => Promise<Record<string, ControlCoverage>>;
  /** `buildExportArchive` of compliance-node. */
  buildArchive: (input: ComplianceExportInput) => Uint8Array;
  system: { title: string; version: string };
}

export interface ExportedPeriod {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Code-unit order: the same on every machine, and far cheaper than
 * `localeCompare` over hundreds of thousands of rows.
 */
function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

const byEvaluation = (a: ControlEvaluation, b: ControlEvaluation) =>
  compareText(a.evaluatedAt, b.evaluatedAt) ||
  compareText(a.runId, b.runId) ||
  compareText(a.controlId, b.controlId) ||
  compareText(a.subject, b.subject);

/**
 * The export of a period: everything the store holds about it, handed to
 * compliance-node's `buildExportArchive`. Every list is read in a fixed
 * order and nothing depends on the moment of the export, so a closed
 * period exported twice gives the same bytes.
 */
export class ExportService {
  constructor(private readonly options: ExportServiceOptions) {}

  async exportPeriod(period: CompliancePeriod): Promise<ExportedPeriod> {
    const input = await this.assemble(period);
    return {
      fileName: `localplus-compliance-${periodLabel(
        period.from,
        'from',
      )}-${periodLabel(period.to, 'to')}.zip`,
      bytes: this.options.buildArchive(input),
    };
  }

  /** The archive's input, read from the store. */
  async assemble(period: CompliancePeriod): Promise<ComplianceExportInput> {
    const { store } = this.options;
    const runs = (await this.runs(period)).sort(
      (a, b) =>
        compareText(a.startedAt, b.startedAt) || compareText(a.id, b.id),
    );
    const [evaluations, observations, exemptions, coverage, ledger] =
      await Promise.all([
        this.evaluations(runs),
        this.observations(period),
        store.listExemptions({}),
        this.options.coverage(period),
        this.ledger(period),
      ]);
    return {
      period,
      system: this.options.system,
      frameworks: this.options.frameworks,
      controls: this.options.controls,
      runs,
      evaluations: evaluations.sort(byEvaluation),
      observations,
      exemptions: exemptions
        .map(exemption => exemptionAsOf(exemption, period.to))
        .filter(exemption => concernsPeriod(exemption, period))
        .sort(
          (a, b) =>
            compareText(a.requestedAt, b.requestedAt) ||
            compareText(a.id, b.id),
        ),
      coverage,
      ledger,
    };
  }

  /**
   * Every run that started in the period. The store lists runs newest
   * first, a page at a time: each next page ends just after the oldest run
   * seen, so runs sharing that instant are read again and kept once.
   */
  private async runs(period: CompliancePeriod): Promise<EvaluationRun[]> {
    const runs = new Map<string, EvaluationRun>();
    let to = period.to;
    for (;;) {
      const page = await this.options.store.listRuns({
        period: { from: period.from, to },
        limit: RUNS_PAGE,
      });
      const before = runs.size;
      page.forEach(run => runs.set(run.id, run));
      if (page.length < RUNS_PAGE || runs.size === before) {
        break;
      }
      const oldest = Date.parse(page[page.length - 1].startedAt);
      to = new Date(oldest + 1).toISOString();
    }
    return [...runs.values()];
  }

  /** Every evaluation of the runs, each run read along its primary key. */
  private async evaluations(
    runs: EvaluationRun[],
  ): Promise<ControlEvaluation[]> {
    const evaluations: ControlEvaluation[] = [];
    for (const run of runs) {
      let after: { controlId: string; subject: string } | undefined;
      for (;;) {
        const page = await this.options.store.readRunEvaluations({
          runId: run.id,
          after,
          limit: PAGE,
        });
        for (const evaluation of page) evaluations.push(evaluation);
        if (page.length < PAGE) break;
        const last = page[page.length - 1];
        after = { controlId: last.controlId, subject: last.subject };
      }
    }
    return evaluations;
  }

  /** Every observation made in the period, in sequence order. */
  private async observations(
    period: CompliancePeriod,
  ): Promise<LedgeredObservation[]> {
    const items: LedgeredObservation[] = [];
    let afterSequence: number | undefined;
    for (;;) {
      const page = await this.options.store.readObservations({
        period,
        afterSequence,
        limit: PAGE,
      });
      for (const item of page) items.push(item);
      if (page.length < PAGE) break;
      afterSequence = page[page.length - 1].sequence;
    }
    return items;
  }

  private async ledger(
    period: CompliancePeriod,
  ): Promise<ComplianceExportInput['ledger']> {
    const { store } = this.options;
    const before = await store.ledgerRecordBefore(period.from);
    const anchor = before
      ? { sequence: before.sequence, hash: before.hash }
      : null;
    const records: LedgerRecord[] = [];
    let afterSequence = anchor?.sequence;
    for (;;) {
      const page = await store.readLedger({
        afterSequence,
        limit: PAGE,
        period,
      });
      for (const record of page) records.push(record);
      if (page.length < PAGE) {
        break;
      }
      afterSequence = page[page.length - 1].sequence;
    }
    return { anchor, records };
  }
}
