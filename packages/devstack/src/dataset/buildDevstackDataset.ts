import {
  DeployableComponent,
  loadDeployableComponents,
} from '../catalog/deployableComponents';
import { defaultCatalogDir } from '../catalog/readCatalogEntities';
import { ArgoApplication, buildApplication } from './argocd/buildApplication';
import { buildCommitChain, Commit } from './commitHistory';
import {
  buildWorkloadObjects,
  WorkloadObjects,
} from './kubernetes/buildWorkloadObjects';
import { buildNamespaces } from './kubernetes/namespaceObjects';
import { KubeObject } from './kubernetes/objectMeta';
import { DEFAULT_SCENARIOS, Scenarios } from './scenarios';
import { ClusterEnvironment, ENVIRONMENTS } from './seedFacts';
import { planWorkload, WorkloadPlan } from './workloadPlan';

export interface DevstackDatasetOptions {
  /** Folder of catalog YAML files; defaults to the repository's `catalog/`. */
  catalogDir?: string;
  /** Use these components instead of reading the catalog. */
  components?: DeployableComponent[];
  /**
   * The moment the data describes. Counts, revisions and names (except Job
   * names, which carry their scheduled minute) never depend on it;
   * timestamps are placed relative to it. Defaults to the current time.
   */
  now?: Date;
  scenarios?: Scenarios;
}

export interface WorkloadDataset extends WorkloadObjects {
  plan: WorkloadPlan;
  application: ArgoApplication;
}

export interface ClusterDataset {
  name: string;
  environment: ClusterEnvironment;
  /** Every object the cluster serves, pod metrics included. */
  objects: KubeObject[];
  workloads: WorkloadDataset[];
}

export interface DevstackDataset {
  now: Date;
  components: DeployableComponent[];
  clusters: ClusterDataset[];
  /** Argo CD applications, sorted by name as Argo CD lists them. */
  applications: ArgoApplication[];
  /** Commits of each component, oldest first, keyed by component name. */
  commits: Map<string, Commit[]>;
}

/**
 * Builds the whole simulated platform: for every deployable catalog component,
 * its workload in each of the three clusters and its Argo CD application per
 * environment. Pure and deterministic for a given catalog and `now`.
 */
export function buildDevstackDataset(
  options: DevstackDatasetOptions = {},
): DevstackDataset {
  const now = new Date(
    Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000,
  );
  const scenarios = options.scenarios ?? DEFAULT_SCENARIOS;
  const components =
    options.components ??
    loadDeployableComponents(options.catalogDir ?? defaultCatalogDir());

  const commits = new Map(
    components.map(component => [
      component.name,
      buildCommitChain(component, now, {
        freshCommit: scenarios.rollingOut?.component === component.name,
      }),
    ]),
  );

  const clusters = ENVIRONMENTS.map(environment => {
    const workloads = components.map(component => {
      const plan = planWorkload(
        component,
        environment,
        commits.get(component.name)!,
        scenarios,
        now,
      );
      const objects = buildWorkloadObjects(plan);
      return {
        ...objects,
        plan,
        application: buildApplication(plan, objects.managed, objects.pods),
      };
    });
    const oldestDeploy = Math.min(
      ...workloads.map(w => w.plan.history[0].deployStartedAt.getTime()),
      now.getTime(),
    );
    const objects = [
      ...buildNamespaces(
        environment,
        workloads.map(w => w.plan),
        new Date(oldestDeploy - 30 * 86_400_000),
      ),
      ...workloads.flatMap(w => [
        ...w.managed,
        ...w.owned,
        ...w.podMetrics,
        ...w.events,
      ]),
    ];
    return {
      name: environment.cluster,
      environment,
      objects,
      workloads,
    };
  });

  return {
    now,
    components,
    clusters,
    applications: clusters
      .flatMap(cluster => cluster.workloads.map(w => w.application))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
    commits,
  };
}

/** The workload of a `backstage.io/kubernetes-id` in a cluster, if deployed there. */
export function findWorkload(
  dataset: DevstackDataset,
  cluster: string,
  kubernetesId: string,
): WorkloadDataset | undefined {
  return dataset.clusters
    .find(c => c.name === cluster)
    ?.workloads.find(w => w.plan.component.kubernetesId === kubernetesId);
}

/** The pods a cluster reports for a `backstage.io/kubernetes-id`, for assertions. */
export function expectedPods(
  dataset: DevstackDataset,
  cluster: string,
  kubernetesId: string,
): KubeObject[] {
  return findWorkload(dataset, cluster, kubernetesId)?.pods ?? [];
}
