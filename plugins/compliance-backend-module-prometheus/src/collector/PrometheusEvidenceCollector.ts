import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  type CheckRunner,
  type CollectedObservation,
  type EvidenceCollectionContext,
  type EvidenceCollector,
  PluginApiClient,
  runRequestedChecks,
} from '@localplus/plugin-compliance-node';
import {
  ALERT_DELIVERY_CHECK,
  checkAlertDelivery,
} from '../checks/alertDeliveryCheck';
import {
  BUDGET_POLICY_CHECK,
  checkBudgetPolicy,
} from '../checks/budgetPolicyCheck';
import {
  checkSloAlerting,
  SLO_ALERTING_CHECK,
} from '../checks/sloAlertingCheck';
import {
  checkSloObjectives,
  SLO_OBJECTIVES_CHECK,
} from '../checks/sloObjectivesCheck';
import { checkTlsMinimum, TLS_MINIMUM_CHECK } from '../checks/tlsMinimumCheck';
import type { PrometheusLimits } from '../sources/PrometheusApiClient';
import type { PrometheusTargets } from '../sources/prometheusTargets';
import { SloBackendClient } from '../sources/SloBackendClient';
import { PrometheusRun } from './PrometheusRun';

export interface PrometheusEvidenceCollectorOptions {
  catalog: CatalogService;
  auth: AuthService;
  discovery: DiscoveryService;
  targets: PrometheusTargets;
  /** Per request; the SLO backend measures the whole overview in one. Default 60 s. */
  timeoutMs?: number;
  /** Largest answer read from the SLO backend or Prometheus. Default 32 MiB. */
  maxResponseBytes?: number;
}

const RUNNERS: Record<string, CheckRunner<PrometheusRun>> = {
  [SLO_OBJECTIVES_CHECK.id]: checkSloObjectives,
  [SLO_ALERTING_CHECK.id]: checkSloAlerting,
  [BUDGET_POLICY_CHECK.id]: checkBudgetPolicy,
  [ALERT_DELIVERY_CHECK.id]: checkAlertDelivery,
  [TLS_MINIMUM_CHECK.id]: checkTlsMinimum,
};

/**
 * Evidence from the SLO backend and Prometheus: critical services have
 * objectives, their burn-rate alerts are loaded, their budgets state a
 * policy, alerts reach an Alertmanager, and probed endpoints negotiate an
 * allowed TLS version.
 */
export class PrometheusEvidenceCollector implements EvidenceCollector {
  readonly id = 'prometheus';
  readonly title = 'SLOs and Prometheus';
  readonly description =
    'Reads the SLO backend (objectives, budget policy states, generated burn-rate rules) and the Prometheus HTTP API (loaded rules, Alertmanagers, blackbox TLS probes).';
  readonly checks = [
    SLO_OBJECTIVES_CHECK,
    SLO_ALERTING_CHECK,
    BUDGET_POLICY_CHECK,
    ALERT_DELIVERY_CHECK,
    TLS_MINIMUM_CHECK,
  ];

  constructor(private readonly options: PrometheusEvidenceCollectorOptions) {}

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const { catalog, auth, discovery, targets } = this.options;
    const limits: PrometheusLimits = {
      timeoutMs: this.options.timeoutMs ?? 60_000,
      maxBytes: this.options.maxResponseBytes ?? 32 * 1024 * 1024,
    };
    const slo = new SloBackendClient(
      new PluginApiClient({ pluginId: 'slo', discovery, auth, ...limits }),
    );
    const run = new PrometheusRun(
      { catalog, auth, slo, targets, limits },
      context,
    );
    return runRequestedChecks({
      collectorId: this.id,
      context,
      runners: RUNNERS,
      run,
    });
  }
}
