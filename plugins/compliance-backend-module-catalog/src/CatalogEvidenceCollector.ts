import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  ControlEvidence,
  ExaminedItem,
  JsonValue,
} from '@localplus/plugin-compliance-common';
import {
  CheckParamsError,
  type CollectedObservation,
  type EvidenceCheck,
  type EvidenceCollectionContext,
  type EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import type { ComponentFacts } from './catalog/componentFacts';
import {
  CatalogReadOptions,
  findExistingGroups,
  readSubjectComponents,
} from './catalog/readCatalog';
import { catalogChecks } from './checks';
import type { CatalogCheck, CatalogLookups } from './checks/types';
import type { TierIds } from '@localplus/plugin-tiers-common';

export const CATALOG_COLLECTOR_ID = 'catalog';

export interface CatalogEvidenceCollectorOptions {
  catalog: CatalogService;
  auth: AuthService;
  /**
   * The tier model (`localplus.tiers`) the tier and runbook checks read;
   * undefined when none is configured: `catalog.tier` is then `error` for
   * every component and `catalog.runbook` checks every component.
   */
  tierModel: TierIds | undefined;
  /** Entities per catalog page (default 500). */
  pageSize?: number;
}

/** One requested check with its parameters, once however many controls cite it. */
interface PlannedCheck {
  check: CatalogCheck;
  /** Null when the control's parameters are unusable: every subject is then `error`. */
  params: unknown;
  rawParams?: { [key: string]: JsonValue };
  paramsError?: string;
}

function examinedEntity(ref: string): ExaminedItem {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return {
    type: 'catalog-entity',
    ref,
    href: `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
  };
}

/**
 * Evidence from the software catalog: for every Component of type service
 * or website, one observation per requested check (ownership, tier,
 * runbook, data classification, card data, erasure, lawful basis).
 */
export class CatalogEvidenceCollector implements EvidenceCollector {
  readonly id = CATALOG_COLLECTOR_ID;
  readonly title = 'Software catalog';
  readonly description =
    'Reads the components of type service and website in the software catalog: owner, tier, runbook, and for those holding data their classification, card data, erasure procedure and lawful basis.';
  readonly checks: EvidenceCheck[];
  private readonly catalogChecks: CatalogCheck[];

  constructor(private readonly options: CatalogEvidenceCollectorOptions) {
    this.catalogChecks = catalogChecks(options.tierModel);
    this.checks = this.catalogChecks.map(({ id, title, description }) => ({
      id,
      title,
      description,
    }));
  }

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const planned = this.plan(context.requested, context);
    if (planned.length === 0) return [];
    const read: CatalogReadOptions = {
      catalog: this.options.catalog,
      credentials: await this.options.auth.getOwnServiceCredentials(),
      pageSize: this.options.pageSize,
      signal: context.signal,
    };
    const components = await readSubjectComponents(read);
    const lookups: CatalogLookups = {
      groups: planned.some(p => p.check.id === 'owner')
        ? await findExistingGroups(
            components.flatMap(c => c.ownerRef ?? []),
            read,
          )
        : new Set(),
    };
    context.logger.info(
      `Catalog evidence: ${planned.length} checks over ${components.length} components`,
    );
    return planned.flatMap(plan =>
      components.map(component => this.observe(plan, component, lookups)),
    );
  }

  /** The requested catalog checks, each distinct parameter set once. */
  private plan(
    requested: ControlEvidence[],
    context: EvidenceCollectionContext,
  ): PlannedCheck[] {
    const planned = new Map<string, PlannedCheck>();
    for (const evidence of requested) {
      const [collector, id] = evidence.check.split('.');
      if (collector !== this.id) continue;
      const check = this.catalogChecks.find(c => c.id === id);
      if (!check) {
        context.logger.warn(
          `No catalog check ${
            evidence.check
          }; the catalog collector has ${this.catalogChecks
            .map(c => c.id)
            .join(', ')}`,
        );
        continue;
      }
      const key = `${id} ${JSON.stringify(evidence.params ?? {})}`;
      if (planned.has(key)) continue;
      try {
        const params = check.readParams(evidence.params);
        planned.set(key, { check, params, rawParams: evidence.params });
      } catch (error) {
        if (!(error instanceof CheckParamsError)) throw error;
        planned.set(key, {
          check,
          params: null,
          rawParams: evidence.params,
          paramsError: error.message,
        });
      }
    }
    return [...planned.values()];
  }

  private observe(
    { check, params, rawParams, paramsError }: PlannedCheck,
    component: ComponentFacts,
    lookups: CatalogLookups,
  ): CollectedObservation {
    const base = {
      check: `${this.id}.${check.id}`,
      subject: component.ref,
      entityRef: component.ref,
      method: 'examine' as const,
    };
    const withParams = rawParams && Object.keys(rawParams).length > 0;
    if (paramsError) {
      return {
        ...base,
        result: 'error',
        summary: `The control's parameters of ${base.check} are unusable: ${paramsError}.`,
        examined: [],
        details: { params: rawParams ?? {} },
      };
    }
    const verdict = check.evaluate(component, params, lookups);
    return {
      ...base,
      result: verdict.result,
      summary: verdict.summary,
      examined: [component.ref, ...(verdict.alsoExamined ?? [])].map(
        examinedEntity,
      ),
      details: {
        ...verdict.details,
        ...(withParams && { params: rawParams }),
      },
    };
  }
}
