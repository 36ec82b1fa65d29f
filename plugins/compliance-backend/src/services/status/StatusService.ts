import { NotFoundError } from '@backstage/errors';
import type {
  ComplianceControl,
  ComplianceFramework,
  CompliancePeriod,
  ComplianceStatusResponse,
  ControlCoverage,
  ControlDetailResponse,
  ControlSummary,
  EvaluationRun,
} from '@localplus/plugin-compliance-common';
import { emptyStatusCounts } from '../evaluation/controlStatus';
import { coverageByControl } from '../evaluation/coverageByControl';
import type { ComplianceStore } from '../store/ComplianceStore';
import { verdictsByControl } from './controlHistory';
import {
  controlsOfFramework,
  IndexedFramework,
  indexFrameworks,
} from './frameworkIndex';
import type { LedgerVerificationCache } from './LedgerVerificationCache';
import { LruCache } from './LruCache';

export interface StatusServiceOptions {
  store: ComplianceStore;
  frameworks: ComplianceFramework[];
  controls: ComplianceControl[];
  ledger: LedgerVerificationCache;
  /** The evaluation schedule's interval: how long a continuous control's status holds. */
  scheduleIntervalMs: number;
  now: () => Date;
  /** Periods remembered (each one's controls and coverage). */
  cacheSize?: number;
  /**
   * How long a period that has not ended yet is remembered: its coverage
   * grows with the clock even when no run happens.
   */
  openPeriodMaxAgeMs?: number;
  /** A monotonic clock in milliseconds for the cache's ages. */
  clock?: () => number;
}

/** What the status page shows of a period, before the framework filter and the ledger. */
interface PeriodView {
  summaries: ControlSummary[];
  latestRun?: EvaluationRun;
}

interface CachedView {
  at: number;
  open: boolean;
  view: Promise<PeriodView>;
}

const DEFAULT_CACHE_SIZE = 64;
const DEFAULT_OPEN_PERIOD_MAX_AGE_MS = 60_000;

/**
 * The Compliance page and a control's page. A period's controls, statuses
 * and coverage are computed from the per-run history the store aggregates,
 * and remembered per (period, latest run, ledger head): anything that
 * changes the answer appends to the ledger or starts a run, so a cached
 * answer is never stale, and a cached page costs two indexed reads.
 */
export class StatusService {
  readonly #options: StatusServiceOptions;
  readonly #frameworks: IndexedFramework[];
  readonly #controls: Map<string, ComplianceControl>;
  readonly #cache: LruCache<string, CachedView>;
  readonly #clock: () => number;

  constructor(options: StatusServiceOptions) {
    this.#options = options;
    this.#frameworks = indexFrameworks(options.frameworks, options.controls);
    this.#controls = new Map(options.controls.map(c => [c.id, c]));
    this.#cache = new LruCache(options.cacheSize ?? DEFAULT_CACHE_SIZE);
    this.#clock = options.clock ?? (() => performance.now());
  }

  frameworks(): ComplianceFramework[] {
    return this.#options.frameworks;
  }

  async status(
    period: CompliancePeriod,
    frameworkId?: string,
  ): Promise<ComplianceStatusResponse> {
    const [view, verification] = await Promise.all([
      this.#view(period),
      this.#options.ledger.current(),
    ]);
    const frameworks = frameworkId
      ? this.#frameworks.filter(framework => framework.id === frameworkId)
      : this.#frameworks;
    if (frameworkId && frameworks.length === 0) {
      throw new NotFoundError(`No framework ${frameworkId}`);
    }
    const served = frameworkId ? controlsOfFramework(frameworks[0]) : undefined;
    return {
      period,
      frameworks,
      controls: served
        ? view.summaries.filter(summary => served.has(summary.control.id))
        : view.summaries,
      ...(view.latestRun ? { latestRun: view.latestRun } : {}),
      ledger: {
        ok: verification.ok,
        headSequence: verification.headSequence,
        ...(verification.firstBroken
          ? { firstBroken: verification.firstBroken }
          : {}),
      },
    };
  }

  /** Coverage of every control over the period, as the page shows it (for the export). */
  async coverage(
    period: CompliancePeriod,
  ): Promise<Record<string, ControlCoverage>> {
    const view = await this.#view(period);
    return Object.fromEntries(
      view.summaries.map(summary => [summary.control.id, summary.coverage]),
    );
  }

  async controlDetail(
    controlId: string,
    period: CompliancePeriod,
  ): Promise<ControlDetailResponse> {
    if (!this.#controls.has(controlId)) {
      throw new NotFoundError(`No control ${controlId}`);
    }
    const { store } = this.#options;
    const [view, subjects, history, exemptions] = await Promise.all([
      this.#view(period),
      store.listEvaluations({
        period,
        controlIds: [controlId],
        latestOnly: true,
      }),
      store.listControlHistory({ period, controlIds: [controlId] }),
      store.listExemptions({ controlId }),
    ]);
    return {
      period,
      summary: view.summaries.find(s => s.control.id === controlId)!,
      subjects,
      history: verdictsByControl(history).get(controlId) ?? [],
      exemptions,
    };
  }

  async #view(period: CompliancePeriod): Promise<PeriodView> {
    const { store, now } = this.#options;
    const [latestRun, head] = await Promise.all([
      store.latestRun(),
      store.ledgerHead(),
    ]);
    const key = [
      period.from,
      period.to,
      latestRun?.id ?? '-',
      latestRun?.status ?? '-',
      head ? `${head.sequence}:${head.hash}` : '-',
    ].join('|');
    const cached = this.#cache.get(key);
    const maxAge =
      this.#options.openPeriodMaxAgeMs ?? DEFAULT_OPEN_PERIOD_MAX_AGE_MS;
    if (cached && (!cached.open || this.#clock() - cached.at <= maxAge)) {
      return cached.view;
    }
    const entry: CachedView = {
      at: this.#clock(),
      open: Date.parse(period.to) > now().getTime(),
      view: this.#computeView(period),
    };
    this.#cache.set(key, entry);
    entry.view.catch(() => this.#cache.delete(key));
    return entry.view;
  }

  async #computeView(period: CompliancePeriod): Promise<PeriodView> {
    const { store, now, scheduleIntervalMs } = this.#options;
    const clock = now();
    const activeAt = new Date(
      Math.min(Date.parse(period.to), clock.getTime()),
    ).toISOString();
    const [history, exemptions, latestRun] = await Promise.all([
      store.listControlHistory({ period, includePrevious: true }),
      store.listExemptions({ status: ['approved'], activeAt }),
      store.latestRun(period.to),
    ]);
    const verdicts = verdictsByControl(history);
    const coverage = coverageByControl({
      controls: this.#options.controls,
      history,
      period,
      scheduleIntervalMs,
      now: clock,
    });
    const exemptionCounts = new Map<string, number>();
    for (const exemption of exemptions) {
      if (exemption.decidedAt && exemption.decidedAt <= activeAt) {
        exemptionCounts.set(
          exemption.controlId,
          (exemptionCounts.get(exemption.controlId) ?? 0) + 1,
        );
      }
    }
    const summaries = [...this.#controls.values()].map(
      (control): ControlSummary => {
        const controlVerdicts = verdicts.get(control.id) ?? [];
        const latest = controlVerdicts[controlVerdicts.length - 1];
        return {
          control,
          status: latest?.status ?? 'not-evaluated',
          counts: latest?.counts ?? emptyStatusCounts(),
          coverage: coverage[control.id],
          exemptions: exemptionCounts.get(control.id) ?? 0,
          ...(latest ? { lastEvaluatedAt: latest.evaluatedAt } : {}),
        };
      },
    );
    return { summaries, ...(latestRun ? { latestRun } : {}) };
  }
}
