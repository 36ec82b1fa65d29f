import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  ComplianceControl,
  CompliancePeriod,
  ControlEvaluation,
  EntityComplianceResponse,
} from '@localplus/plugin-compliance-common';
import { coverageByControl } from '../evaluation/coverageByControl';
import type { ComplianceStore } from '../store/ComplianceStore';

export interface EntityComplianceServiceOptions {
  store: ComplianceStore;
  catalog: CatalogService;
  controls: ComplianceControl[];
  scheduleIntervalMs: number;
  now: () => Date;
}

/**
 * An entity's Compliance tab: the controls that evaluated its subjects in
 * the period, their latest evaluations of them, the coverage counted over
 * its subjects only, and its exemptions.
 */
export class EntityComplianceService {
  constructor(private readonly options: EntityComplianceServiceOptions) {}

  async forEntity(
    entityRef: string,
    period: CompliancePeriod,
    credentials: BackstageCredentials,
  ): Promise<EntityComplianceResponse> {
    const { store, controls, scheduleIntervalMs, now } = this.options;
    const [latest, history, exemptions] = await Promise.all([
      store.listEvaluations({
        period,
        entityRefs: [entityRef],
        latestOnly: true,
      }),
      store.listControlHistory({
        period,
        entityRefs: [entityRef],
        includePrevious: true,
      }),
      store.listExemptions({ entityRef }),
    ]);
    if (
      latest.length === 0 &&
      history.length === 0 &&
      exemptions.length === 0
    ) {
      await this.assertInCatalog(entityRef, credentials);
    }
    const evaluationsByControl = new Map<string, ControlEvaluation[]>();
    for (const evaluation of latest) {
      const list = evaluationsByControl.get(evaluation.controlId) ?? [];
      list.push(evaluation);
      evaluationsByControl.set(evaluation.controlId, list);
    }
    const evaluated = new Set([
      ...evaluationsByControl.keys(),
      ...history.map(row => row.controlId),
    ]);
    const shown = controls.filter(control => evaluated.has(control.id));
    const coverage = coverageByControl({
      controls: shown,
      history,
      period,
      scheduleIntervalMs,
      now: now(),
    });
    return {
      entityRef,
      period,
      controls: shown.map(control => ({
        control,
        evaluations: evaluationsByControl.get(control.id) ?? [],
        coverage: coverage[control.id],
      })),
      exemptions,
    };
  }

  /** An entity nothing was recorded about is a 404 unless the catalog knows it. */
  private async assertInCatalog(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
  }
}
