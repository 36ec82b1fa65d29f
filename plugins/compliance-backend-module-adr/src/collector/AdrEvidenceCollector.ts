import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  type CheckRunner,
  type CollectedObservation,
  type EvidenceCheck,
  type EvidenceCollectionContext,
  type EvidenceCollector,
  PluginApiClient,
  runRequestedChecks,
} from '@localplus/plugin-compliance-node';
import {
  changeDecisionCheck,
  checkChangeDecision,
} from '../checks/changeDecisionCheck';
import { AdrBackendClient } from '../sources/AdrBackendClient';
import type { TierIds } from '@localplus/plugin-tiers-common';
import { AdrRun } from './AdrRun';

export interface AdrEvidenceCollectorOptions {
  catalog: CatalogService;
  auth: AuthService;
  discovery: DiscoveryService;
  /**
   * The tier model (`localplus.tiers`) whose annotation and levels say a
   * component's tier; undefined when none is configured: the check is then
   * one `error` and reads nothing.
   */
  tierModel: TierIds | undefined;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Largest answer read from the ADR backend. Default 32 MiB. */
  maxResponseBytes?: number;
}

const RUNNERS: Record<string, CheckRunner<AdrRun>> = {
  'change-decision': checkChangeDecision,
};

/** Evidence from the decision log: critical components have accepted decision records. */
export class AdrEvidenceCollector implements EvidenceCollector {
  readonly id = 'adr';
  readonly title = 'Architecture decisions';
  readonly description =
    "Reads the ADR backend's decision log: the accepted records of each component's folder, its system's, and the platform-wide folders that name it.";
  readonly checks: EvidenceCheck[];

  constructor(private readonly options: AdrEvidenceCollectorOptions) {
    this.checks = [changeDecisionCheck(options.tierModel)];
  }

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const { catalog, auth, discovery, tierModel } = this.options;
    const adr = new AdrBackendClient(
      new PluginApiClient({
        pluginId: 'adr',
        discovery,
        auth,
        timeoutMs: this.options.timeoutMs ?? 30_000,
        maxBytes: this.options.maxResponseBytes ?? 32 * 1024 * 1024,
      }),
    );
    const run = new AdrRun(adr, { catalog, auth, tierModel }, context);
    return runRequestedChecks({
      collectorId: this.id,
      context,
      runners: RUNNERS,
      run,
    });
  }
}
