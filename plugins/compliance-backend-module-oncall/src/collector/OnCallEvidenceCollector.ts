import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type {
  CollectedObservation,
  EvidenceCollectionContext,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { CheckScopeError, InvalidParamsError } from '../checks/CheckScopeError';
import {
  checkPageAcknowledgement,
  PAGE_ACKNOWLEDGEMENT_CHECK,
} from '../checks/pageAcknowledgementCheck';
import {
  checkRotationCoverage,
  ROTATION_COVERAGE_CHECK,
} from '../checks/rotationCoverageCheck';
import { errorMessage } from '../sources/httpGet';
import { OnCallBackendClient } from '../sources/OnCallBackendClient';
import { PluginApiClient } from '../sources/PluginApiClient';
import { OnCallRun } from './OnCallRun';
import { requestedChecks } from './requestedEvidence';

export interface OnCallEvidenceCollectorOptions {
  auth: AuthService;
  discovery: DiscoveryService;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Largest answer read from the on-call backend. Default 16 MiB. */
  maxResponseBytes?: number;
}

type CheckRunner = (
  run: OnCallRun,
  params: unknown,
) => Promise<CollectedObservation[]>;

const RUNNERS: Record<string, CheckRunner> = {
  [ROTATION_COVERAGE_CHECK.id]: checkRotationCoverage,
  [PAGE_ACKNOWLEDGEMENT_CHECK.id]: checkPageAcknowledgement,
};

/**
 * Evidence from the on-call backend: rotations leave nobody uncovered, and
 * pages are acknowledged within the target of their severity.
 */
export class OnCallEvidenceCollector implements EvidenceCollector {
  readonly id = 'oncall';
  readonly title = 'On-call';
  readonly description =
    "Reads the on-call backend: every rotation's final schedule over the window and its coverage audit ahead, and the pages raised in the window with their acknowledgements.";
  readonly checks = [ROTATION_COVERAGE_CHECK, PAGE_ACKNOWLEDGEMENT_CHECK];

  constructor(private readonly options: OnCallEvidenceCollectorOptions) {}

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const { auth, discovery } = this.options;
    const oncall = new OnCallBackendClient(
      new PluginApiClient({
        pluginId: 'oncall',
        discovery,
        auth,
        timeoutMs: this.options.timeoutMs ?? 30_000,
        maxBytes: this.options.maxResponseBytes ?? 16 * 1024 * 1024,
      }),
    );
    const run = new OnCallRun(oncall, context);
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
