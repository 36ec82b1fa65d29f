import { loadDeployableComponents } from '../catalog/deployableComponents';
import { buildApplication } from './argoApplication';
import {
  buildNodes,
  buildPlatformObjects,
  platformObjectNamespaces,
} from './clusterObjects';
import { TEMPLATES } from './kubernetesTemplates';
import { renderObject } from './kubeObject';
import { ClusterEnvironment, PLATFORM, Scenarios } from './platform';
import { buildWorkloadObjects, workloadScope } from './workloadObjects';
import { buildCommits, planWorkload, WorkloadPlan } from './workloadPlan';

/** The applications are sorted by name, as Argo CD lists them. */
export type DevstackDataset = ReturnType<typeof buildDevstackDataset>;
export type ClusterDataset = DevstackDataset['clusters'][number];
export type WorkloadDataset = ClusterDataset['workloads'][number];

/**
 * The scenarios of data/platform.yaml, and the demo policy violation of
 * data/kubernetes-templates.yaml unless platform.yaml places it.
 */
const DEFAULT_SCENARIOS: Scenarios = {
  policyViolation: TEMPLATES.containerHardening.demoViolation.target,
  ...PLATFORM.scenarios,
};

/** Thirty days before the first deployment: when the cluster was created. */
function clusterCreationTime(plans: WorkloadPlan[], now: Date): Date {
  const deploys = plans.map(p => p.history[0].deployStartedAt);
  const oldest = Math.min(now.getTime(), ...deploys.map(d => d.getTime()));
  return new Date(oldest - 30 * 86_400_000);
}

/**
 * The namespaces every EKS cluster has, the platform one (001 §2.1.2), the
 * services' own and those of the platform's cluster-wide objects.
 */
function namespaces(
  env: ClusterEnvironment,
  plans: WorkloadPlan[],
  createdAt: Date,
) {
  const meta = { cluster: env.cluster, createdAt };
  const { baseNamespaces, platformNamespace } = PLATFORM;
  const names = new Set([
    ...baseNamespaces,
    platformNamespace,
    ...platformObjectNamespaces(),
  ]);
  plans.forEach(plan => names.add(plan.namespace));
  return [...names]
    .sort()
    .map(namespace => renderObject('Namespace', { namespace }, meta)!);
}

/**
 * Pure and deterministic for a given catalog and `now`, so that tests build
 * the data the simulators serve. `now` (default: the current time) places
 * the timestamps; counts, revisions and names (except Job names, which carry
 * their scheduled minute) never depend on it.
 */
export function buildDevstackDataset(
  options: { catalogDir?: string; now?: Date; scenarios?: Scenarios } = {},
) {
  const now = new Date(
    Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000,
  );
  const scenarios = options.scenarios ?? DEFAULT_SCENARIOS;
  const components = loadDeployableComponents(options.catalogDir);
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
    const plans = workloads.map(w => w.plan);
    const createdAt = clusterCreationTime(plans, now);
    const objects = [
      ...namespaces(environment, plans, createdAt),
      ...buildNodes(environment, createdAt, now),
      ...buildPlatformObjects(environment, createdAt),
      ...workloads.flatMap(w => w.all),
    ];
    return { name: environment.cluster, environment, objects, workloads };
  });
  const applications = clusters
    .flatMap(cluster => cluster.workloads.map(w => w.application))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  return { now, components, clusters, applications, commits };
}
