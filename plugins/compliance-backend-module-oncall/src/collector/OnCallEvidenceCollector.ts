import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  type CheckRunner,
  type CollectedObservation,
  type EvidenceCollectionContext,
  type EvidenceCollector,
  PluginApiClient,
  runRequestedChecks,
} from '@localplus/plugin-compliance-node';
import {
  checkPageAcknowledgement,
  PAGE_ACKNOWLEDGEMENT_CHECK,
} from '../checks/pageAcknowledgementCheck';
import {
  checkRotationCoverage,
  ROTATION_COVERAGE_CHECK,
} from '../checks/rotationCoverageCheck';
import { OnCallBackendClient } from '../sources/OnCallBackendClient';
import { OnCallRun } from './OnCallRun';

export interface OnCallEvidenceCollectorOptions {
  auth: AuthService;
  discovery: DiscoveryService;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Largest answer read from the on-call backend. Default 16 MiB. */
  maxResponseBytes?: number;
}

const RUNNERS: Record<string, CheckRunner<OnCallRun>> = {
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
    return runRequestedChecks({
      collectorId: this.id,
      context,
      runners: RUNNERS,
      run,
    });
  }
}
