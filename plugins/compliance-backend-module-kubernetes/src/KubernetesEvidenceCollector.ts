import type {
  AuthService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { JsonValue } from '@localplus/plugin-compliance-common';
import {
  type CheckParams,
  CheckParamsError,
  type CollectedObservation,
  type EvidenceCollectionContext,
  type EvidenceCollector,
  onlyKeys,
} from '@localplus/plugin-compliance-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  KubernetesCatalog,
  readKubernetesCatalog,
} from './catalog/readCatalog';
import { ClusterReader } from './client/ClusterReader';
import {
  KubernetesApiClient,
  KubernetesApiClientOptions,
} from './client/KubernetesApiClient';
import { KubernetesRequestError } from './client/KubernetesRequestError';
import { CLUSTER_CHECKS } from './checks';
import {
  MANIFEST_POLICY_CHECK,
  observeManifests,
} from './checks/manifestPolicyCheck';
import type { CatalogIndex, ClusterCheck, Details } from './checks/types';
import type {
  ClusterConfig,
  KubernetesCollectorSettings,
} from './config/readKubernetesConfig';
import type { StagingLimits } from './manifests/stageSources';

export const KUBERNETES_COLLECTOR_ID = 'kubernetes';

export interface KubernetesEvidenceCollectorOptions {
  clusters: ClusterConfig[];
  settings: KubernetesCollectorSettings;
  catalog: CatalogService;
  auth: AuthService;
  urlReader: UrlReaderService;
  /** Tests narrow the client's limits (page size, response size, token file). */
  client?: Partial<KubernetesApiClientOptions>;
  stagingLimits?: StagingLimits;
}

/** A requested cluster check with its parameters, once however many controls cite it. */
interface PlannedCheck {
  check: ClusterCheck;
  params: unknown;
  rawParams: CheckParams;
  paramsError?: string;
}

/** Subject of the cluster checks' errors when no cluster is configured at all. */
const NO_CLUSTERS_SUBJECT = 'kubernetes:clusters';

/**
 * Evidence from the Kubernetes API of every configured cluster (workloads,
 * nodes, storage classes, Cilium, Loki and OpenTelemetry Collector
 * configuration) and from the components' kustomize overlays, rendered with
 * the real kubectl.
 */
export class KubernetesEvidenceCollector implements EvidenceCollector {
  readonly id = KUBERNETES_COLLECTOR_ID;
  readonly title = 'Kubernetes';
  readonly description =
    'Reads the Kubernetes API of every configured cluster and renders the kustomize overlays of the components: admission policies on workloads and manifests, node regions, storage and pod-to-pod encryption, log retention and log scrubbing.';
  readonly checks = [...CLUSTER_CHECKS, MANIFEST_POLICY_CHECK].map(
    ({ id, title, description }) => ({
      id,
      title,
      description,
    }),
  );

  constructor(private readonly options: KubernetesEvidenceCollectorOptions) {}

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const { planned, manifests } = this.plan(context);
    if (planned.length === 0 && !manifests) return [];
    const { clusters, catalog, auth } = this.options;
    const index = await readKubernetesCatalog({
      catalog,
      credentials: await auth.getOwnServiceCredentials(),
      clusters: clusters.map(c => c.name),
      signal: context.signal,
    });
    const observations: CollectedObservation[] = [];
    const readers = this.readers(context);
    for (const plan of planned) {
      observations.push(...(await this.observeClusters(plan, index, readers)));
    }
    if (manifests) {
      observations.push(
        ...(await this.observeManifests(index, manifests, context)),
      );
    }
    context.logger.info(
      `Kubernetes evidence: ${observations.length} observations from ${clusters.length} clusters and ${index.manifestSubjects.length} components`,
    );
    return observations;
  }

  private async observeManifests(
    index: KubernetesCatalog,
    { paramsError }: { paramsError?: string },
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const check = `${this.id}.${MANIFEST_POLICY_CHECK.id}`;
    const observations: CollectedObservation[] = [];
    for (const entity of index.manifestSubjects) {
      if (paramsError) {
        const ref = stringifyEntityRef(entity);
        observations.push({
          check,
          subject: `manifest:${ref}`,
          entityRef: ref,
          result: 'error',
          summary: `The control's parameters of ${check} are unusable: ${paramsError}.`,
          method: 'examine',
          examined: [],
        });
        continue;
      }
      const found = await observeManifests(
        entity,
        {
          urlReader: this.options.urlReader,
          kubectl: this.options.settings.kubectl,
          timeoutMs: this.options.settings.kustomizeTimeoutMs,
          stagingLimits: this.options.stagingLimits,
        },
        context.signal,
      );
      observations.push(...found.map(o => ({ ...o, check })));
    }
    return observations;
  }

  /** One reader per cluster and run, so that the checks share what they read. */
  private readers(
    context: EvidenceCollectionContext,
  ): Map<string, ClusterReader> {
    return new Map(
      this.options.clusters.map(cluster => {
        const client = new KubernetesApiClient(cluster, {
          timeoutMs: this.options.settings.requestTimeoutMs,
          ...this.options.client,
        });
        return [cluster.name, new ClusterReader(client, context.signal)];
      }),
    );
  }

  private async observeClusters(
    { check, params, rawParams, paramsError }: PlannedCheck,
    index: CatalogIndex,
    readers: Map<string, ClusterReader>,
  ): Promise<CollectedObservation[]> {
    const checkId = `${this.id}.${check.id}`;
    const withParams = rawParams && Object.keys(rawParams).length > 0;
    const extra: Details = withParams ? { params: rawParams as JsonValue } : {};
    const error = (
      subject: string,
      summary: string,
      details: Details = {},
    ): CollectedObservation => ({
      check: checkId,
      subject,
      result: 'error' as const,
      summary,
      method: 'examine' as const,
      examined: [],
      details: { ...details, ...extra },
    });
    if (this.options.clusters.length === 0) {
      return [
        error(
          NO_CLUSTERS_SUBJECT,
          'No Kubernetes cluster is configured (kubernetes.clusterLocatorMethods, type config), so there is nothing to examine.',
        ),
      ];
    }
    const observations: CollectedObservation[] = [];
    for (const cluster of this.options.clusters) {
      const subject = `cluster:${cluster.name}`;
      if (paramsError) {
        observations.push(
          error(
            subject,
            `The control's parameters of ${checkId} are unusable: ${paramsError}.`,
          ),
        );
        continue;
      }
      try {
        const found = await check.examine(
          readers.get(cluster.name)!,
          params,
          index,
        );
        observations.push(
          ...found.map(o => ({
            ...o,
            check: checkId,
            details: { ...o.details, ...extra },
          })),
        );
      } catch (failure) {
        if (!(failure instanceof KubernetesRequestError)) throw failure;
        observations.push(
          error(
            subject,
            `${cluster.name} could not be read: ${failure.message.replace(
              /\.$/,
              '',
            )}.`,
            {
              cluster: cluster.name,
              failure: failure.kind,
            },
          ),
        );
      }
    }
    return observations;
  }

  private plan(context: EvidenceCollectionContext) {
    const planned = new Map<string, PlannedCheck>();
    let manifests: { paramsError?: string } | undefined;
    for (const evidence of context.requested) {
      const [collector, id] = evidence.check.split('.');
      if (collector !== this.id) continue;
      if (id === MANIFEST_POLICY_CHECK.id) {
        try {
          onlyKeys(evidence.params, []);
          manifests ??= {};
        } catch (error) {
          if (!(error instanceof CheckParamsError)) throw error;
          manifests = { paramsError: error.message };
        }
        continue;
      }
      const check = CLUSTER_CHECKS.find(c => c.id === id);
      if (!check) {
        context.logger.warn(`No Kubernetes check ${evidence.check}`);
        continue;
      }
      const key = `${id} ${JSON.stringify(evidence.params ?? {})}`;
      if (planned.has(key)) continue;
      try {
        planned.set(key, {
          check,
          params: check.readParams(evidence.params),
          rawParams: evidence.params,
        });
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
    return { planned: [...planned.values()], manifests };
  }
}
