import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CheckScopeError,
  type EvidenceCollectionContext,
  readOnce,
  readOncePerKey,
} from '@localplus/plugin-compliance-node';
import type { PrometheusChoice } from '../checks/checkParams';
import {
  ComponentSubject,
  listComponentSubjects,
} from '../checks/componentSubjects';
import {
  LoadedAlertRule,
  PrometheusApiClient,
  PrometheusLimits,
} from '../sources/PrometheusApiClient';
import {
  prometheusTarget,
  PrometheusTargets,
} from '../sources/prometheusTargets';
import type {
  EntityAlertRules,
  SloBackendClient,
  SloOverviewIndex,
} from '../sources/SloBackendClient';

export interface PrometheusRunSources {
  catalog: CatalogService;
  auth: AuthService;
  slo: SloBackendClient;
  targets: PrometheusTargets;
  limits: PrometheusLimits;
}

/**
 * One evaluation run of the Prometheus collector: its clock and signal, and
 * the sources its checks share, each read at most once per run (the
 * catalog, the SLO overview, each entity's rules, each Prometheus's rules).
 */
export class PrometheusRun {
  readonly components: () => Promise<ComponentSubject[]>;
  readonly sloOverview: () => Promise<SloOverviewIndex>;
  readonly entityAlertRules: (entityRef: string) => Promise<EntityAlertRules>;
  readonly loadedAlertRules: (
    client: PrometheusApiClient,
  ) => Promise<LoadedAlertRule[]>;
  private readonly clients = new Map<string, PrometheusApiClient>();

  constructor(
    private readonly sources: PrometheusRunSources,
    readonly context: EvidenceCollectionContext,
  ) {
    const { signal } = context;
    this.components = readOnce(() =>
      listComponentSubjects(sources.catalog, sources.auth),
    );
    this.sloOverview = readOnce(() => sources.slo.overview(signal));
    this.entityAlertRules = readOncePerKey(ref =>
      sources.slo.alertRules(ref, signal),
    );
    this.loadedAlertRules = readOncePerKey(client =>
      client.alertingRules(signal),
    );
  }

  get now(): Date {
    return this.context.now;
  }

  get signal(): AbortSignal {
    return this.context.signal;
  }

  /**
   * The Prometheus a check reads: its `baseUrl` parameter (without the
   * configured headers, which belong to the configured URLs), its
   * `environment`, or the SLO backend's default environment.
   */
  prometheus(check: string, choice: PrometheusChoice): PrometheusApiClient {
    const target = this.resolveTarget(check, choice);
    let client = this.clients.get(target.baseUrl + target.origin);
    if (!client) {
      client = new PrometheusApiClient(target, this.sources.limits);
      this.clients.set(target.baseUrl + target.origin, client);
    }
    return client;
  }

  private resolveTarget(check: string, choice: PrometheusChoice) {
    const { environments, defaultEnvironment } = this.sources.targets;
    if (choice.baseUrl) {
      return prometheusTarget(
        choice.baseUrl,
        `the baseUrl parameter of ${check}`,
      );
    }
    const name = choice.environment ?? defaultEnvironment;
    const target =
      environments.get(name) ??
      (choice.environment === undefined && environments.size === 1
        ? [...environments.values()][0]
        : undefined);
    if (!target) {
      const known = [...environments.keys()].join(', ') || 'none';
      throw new CheckScopeError(
        `check:${check}`,
        `No Prometheus for ${check}: slo.prometheus.environments has no "${name}" (configured: ${known}); name one with the environment or baseUrl parameter`,
      );
    }
    return target;
  }
}
