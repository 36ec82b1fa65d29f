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

/** Rows read from the store per query while assembling an export (its largest page). */
const PAGE = 1000;

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

const byEvaluation = (a: ControlEvaluation, b: ControlEvaluation) =>
  a.evaluatedAt.localeCompare(b.evaluatedAt) ||
  a.runId.localeCompare(b.runId) ||
  a.controlId.localeCompare(b.controlId) ||
  a.subject.localeCompare(b.subject);

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
    const [runs, evaluations, observations, exemptions, coverage, ledger] =
      await Promise.all([
        this.runs(period),
        store.listEvaluations({ period }),
        this.observations(period),
        store.listExemptions({}),
        this.options.coverage(period),
        this.ledger(period),
      ]);
    const periodRuns = runs.sort(
      (a, b) =>
        a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id),
    );
    const runIds = new Set(periodRuns.map(run => run.id));
    return {
      period,
      system: this.options.system,
      frameworks: this.options.frameworks,
      controls: this.options.controls,
      runs: periodRuns,
      evaluations: evaluations
        .filter(evaluation => runIds.has(evaluation.runId))
        .sort(byEvaluation),
      observations,
      exemptions: exemptions
        .map(exemption => exemptionAsOf(exemption, period.to))
        .filter(exemption => concernsPeriod(exemption, period))
        .sort(
          (a, b) =>
            a.requestedAt.localeCompare(b.requestedAt) ||
            a.id.localeCompare(b.id),
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
        limit: PAGE,
      });
      const before = runs.size;
      page.forEach(run => runs.set(run.id, run));
      if (page.length < PAGE || runs.size === before) {
        break;
      }
      const oldest = Date.parse(page[page.length - 1].startedAt);
      to = new Date(oldest + 1).toISOString();
    }
    return [...runs.values()];
  }

  private async observations(
    period: CompliancePeriod,
  ): Promise<LedgeredObservation[]> {
    const items: LedgeredObservation[] = [];
    for (;;) {
      const page = await this.options.store.listObservations({
        period,
        limit: PAGE,
        offset: items.length,
      });
      items.push(...page.items);
      if (page.items.length < PAGE || items.length >= page.total) {
        break;
      }
    }
    return items.sort((a, b) => a.sequence - b.sequence);
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
      records.push(...page);
      if (page.length < PAGE) {
        break;
      }
      afterSequence = page[page.length - 1].sequence;
    }
    return { anchor, records };
  }
}
