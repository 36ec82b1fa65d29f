import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  type EvidenceCollectionContext,
  readOnce,
  readOncePerKey,
} from '@localplus/plugin-compliance-node';
import {
  ComponentSubject,
  listComponentSubjects,
} from '../checks/componentSubjects';
import type {
  AdrBackendClient,
  DecisionSummary,
} from '../sources/AdrBackendClient';
import type { TierIds } from '@localplus/plugin-tiers-common';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * One evaluation run of the ADR collector: the tier model, the catalog's
 * components, the accepted decisions of the log by folder, and the texts of
 * the platform-wide folders, each read once.
 */
export class AdrRun {
  /** The configured tier model; undefined when there is none. */
  readonly tierModel: TierIds | undefined;
  readonly components: () => Promise<ComponentSubject[]>;
  /** Accepted decisions by the (lower-cased) entity whose folder holds them. */
  readonly acceptedByEntity: () => Promise<Map<string, DecisionSummary[]>>;
  readonly acceptedWithText: (entityRef: string) => Promise<DecisionSummary[]>;

  constructor(
    readonly adr: AdrBackendClient,
    sources: {
      catalog: CatalogService;
      auth: AuthService;
      tierModel: TierIds | undefined;
    },
    readonly context: EvidenceCollectionContext,
  ) {
    const { signal } = context;
    this.tierModel = sources.tierModel;
    this.components = readOnce(() =>
      listComponentSubjects(sources.catalog, sources.auth, sources.tierModel),
    );
    this.acceptedByEntity = readOnce(async () => {
      const byEntity = new Map<string, DecisionSummary[]>();
      for (const decision of await adr.acceptedDecisions(signal)) {
        const key = lower(decision.entityRef);
        byEntity.set(key, [...(byEntity.get(key) ?? []), decision]);
      }
      return byEntity;
    });
    this.acceptedWithText = readOncePerKey(ref =>
      adr.acceptedWithText(ref, signal),
    );
  }
}
