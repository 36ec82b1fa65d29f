import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  CollectedObservation,
  EvidenceCollectionContext,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import {
  CHANGE_DECISION_CHECK,
  checkChangeDecision,
} from '../checks/changeDecisionCheck';
import { CheckScopeError, InvalidParamsError } from '../checks/CheckScopeError';
import { AdrBackendClient } from '../sources/AdrBackendClient';
import { errorMessage } from '../sources/httpGet';
import { PluginApiClient } from '../sources/PluginApiClient';
import { AdrRun } from './AdrRun';
import { requestedChecks } from './requestedEvidence';

export interface AdrEvidenceCollectorOptions {
  catalog: CatalogService;
  auth: AuthService;
  discovery: DiscoveryService;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Largest answer read from the ADR backend. Default 32 MiB. */
  maxResponseBytes?: number;
}

type CheckRunner = (
  run: AdrRun,
  params: unknown,
) => Promise<CollectedObservation[]>;

const RUNNERS: Record<string, CheckRunner> = {
  [CHANGE_DECISION_CHECK.id]: checkChangeDecision,
};

/** Evidence from the decision log: critical components have accepted decision records. */
export class AdrEvidenceCollector implements EvidenceCollector {
  readonly id = 'adr';
  readonly title = 'Architecture decisions';
  readonly description =
    "Reads the ADR backend's decision log: the accepted records of each component's folder, its system's, and the platform-wide folders that name it.";
  readonly checks = [CHANGE_DECISION_CHECK];

  constructor(private readonly options: AdrEvidenceCollectorOptions) {}

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const { catalog, auth, discovery } = this.options;
    const adr = new AdrBackendClient(
      new PluginApiClient({
        pluginId: 'adr',
        discovery,
        auth,
        timeoutMs: this.options.timeoutMs ?? 30_000,
        maxBytes: this.options.maxResponseBytes ?? 32 * 1024 * 1024,
      }),
    );
    const run = new AdrRun(adr, { catalog, auth }, context);
    const observations: CollectedObservation[] = [];
    for (const { check, params } of requestedChecks(
      context.requested,
      this.id,
    )) {
      const runner = RUNNERS[check.slice(this.id.length + 1)];
      if (!runner) {
        context.logger.warn(`No check ${check} in the ${this.id} collector`);
        continue;
      }
      const withParams = (observation: CollectedObservation) =>
        params
          ? { ...observation, details: { ...observation.details, params } }
          : observation;
      try {
        observations.push(...(await runner(run, params)).map(withParams));
      } catch (error) {
        const observation: CollectedObservation = {
          check,
          subject:
            error instanceof CheckScopeError ? error.subject : `check:${check}`,
          result: 'error',
          summary: errorMessage(error),
          method: 'examine',
          examined: [],
        };
        observations.push(
          error instanceof InvalidParamsError
            ? observation
            : withParams(observation),
        );
      }
    }
    return observations;
  }
}
