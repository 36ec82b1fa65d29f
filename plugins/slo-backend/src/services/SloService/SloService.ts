import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  EntitySloHistory,
  EntitySloReport,
  OverviewFilters,
  SloOverview,
} from '@localplus/plugin-slo-common';

export type SloRequestOptions = { credentials: BackstageCredentials };

/**
 * Which of the given entity refs the caller may read the SLOs of, when the
 * permission policy grants that per entity (a conditional decision).
 */
export type ReadableEntityFilter = (
  entityRefs: string[],
) => Promise<ReadonlySet<string>>;

/** What the SLO routes ask for; every call reads the catalog as the caller. */
export interface SloService {
  /** Every objective of the entity, measured now, with chart series. */
  getEntityReport(
    entityRef: CompoundEntityRef,
    options: SloRequestOptions,
  ): Promise<EntitySloReport>;

  /** The Prometheus rule file generated from the entity's OpenSLO documents. */
  getEntityRules(
    entityRef: CompoundEntityRef,
    options: SloRequestOptions,
  ): Promise<{ fileName: string; yaml: string }>;

  /** The stored daily snapshots of the entity's objectives over the last `days` days. */
  getEntityHistory(
    entityRef: CompoundEntityRef,
    options: SloRequestOptions & { days: number },
  ): Promise<EntitySloHistory>;

  /**
   * Every objective the caller can see, filtered, most consumed budget
   * first. With `readable`, only the entities it keeps are measured.
   */
  getOverview(
    filters: OverviewFilters,
    options: SloRequestOptions & { readable?: ReadableEntityFilter },
  ): Promise<SloOverview>;

  /** Measures every objective and stores today's snapshot of each; run daily. */
  takeSnapshots(): Promise<{ saved: number; failed: number }>;
}
