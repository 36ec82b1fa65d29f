import {
  DeployableComponent,
  loadDeployableComponents,
} from '../catalog/deployableComponents';
import { buildApplication } from './argoApplication';
import { renderObject } from './kubeObject';
import { ClusterEnvironment, PLATFORM, Scenarios } from './platform';
import { buildWorkloadObjects, workloadScope } from './workloadObjects';
import { buildCommits, planWorkload, WorkloadPlan } from './workloadPlan';

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

/**
 * The simulated platform: the components, each cluster's objects (and per
 * workload its plan, objects and Argo CD application), the applications
 * sorted by name as Argo CD lists them, and each component's commits.
 */
export type DevstackDataset = ReturnType<typeof buildDevstackDataset>;
export type ClusterDataset = DevstackDataset['clusters'][number];
export type WorkloadDataset = ClusterDataset['workloads'][number];

/** The namespaces every EKS cluster has, the platform one (001 §2.1.2) and the services' own. */
function namespaces(env: ClusterEnvironment, plans: WorkloadPlan[], now: Date) {
  const deploys = plans.map(p => p.history[0].deployStartedAt);
  const oldest = Math.min(now.getTime(), ...deploys.map(d => d.getTime()));
  const createdAt = new Date(oldest - 30 * 86_400_000);
  const { baseNamespaces, platformNamespace } = PLATFORM;
  const names = [
    ...baseNamespaces,
    platformNamespace,
    ...plans.map(p => p.namespace),
  ];
  return [...new Set(names)]
    .sort()
    .map(
      namespace =>
        renderObject(
          'Namespace',
          { namespace },
          { cluster: env.cluster, createdAt },
        )!,
    );
}

/**
 * Builds the whole simulated platform: for every deployable catalog component,
 * its workload in each of the three clusters and its Argo CD application per
 * environment. Pure and deterministic for a given catalog and `now`.
 */
export function buildDevstackDataset(options: DevstackDatasetOptions = {}) {
  const now = new Date(
    Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000,
  );
  const scenarios = options.scenarios ?? PLATFORM.scenarios;
  const components =
    options.components ?? loadDeployableComponents(options.catalogDir);
  const commits = new Map(
    components.map(component => {
      const fresh = scenarios.rollingOut?.component === component.name;
      return [component.name, buildCommits(component, now, fresh)];
    }),
  );
  const clusters = PLATFORM.environments.map(environment => {
    const workloads = components.map(component => {
      const history = commits.get(component.name)!;
      const plan = planWorkload(
        component,
        environment,
        history,
        scenarios,
        now,
      );
      const scope = workloadScope(plan);
      const objects = buildWorkloadObjects(plan, scope);
      const application = buildApplication(plan, objects.managed, scope);
      return { ...objects, plan, application };
    });
    const objects = [
      ...namespaces(
        environment,
        workloads.map(w => w.plan),
        now,
      ),
      ...workloads.flatMap(w => w.all),
    ];
    return { name: environment.cluster, environment, objects, workloads };
  });
  const applications = clusters
    .flatMap(cluster => cluster.workloads.map(w => w.application))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  return { now, components, clusters, applications, commits };
}
