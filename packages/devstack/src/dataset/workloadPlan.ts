import {
  ApiServer,
  DeployableComponent,
} from '../catalog/deployableComponents';
import {
  ClusterEnvironment,
  EnvironmentName,
  PLATFORM,
  ScenarioTarget,
  Scenarios,
  workloadSubnetAddress,
} from './platform';
import {
  ContainerHardening,
  NodePoolName,
  PodState,
  TEMPLATES,
  WorkloadCondition,
} from './kubernetesTemplates';
import { seeded } from './random';
import { render } from './renderTemplate';

export type Commit = ReturnType<typeof buildCommits>[number];

/** One sync, as Argo CD records it; `initiatedBy` is unset for an automated one. */
export type DeploymentRecord = ReturnType<typeof deploymentRecords>[number];

/** Everything about one component in one cluster, before it becomes objects. */
export type WorkloadPlan = ReturnType<typeof planWorkload>;
export type PodPlan = WorkloadPlan['replicaSets'][number]['pods'][number];

const MINUTE_MS = 60_000;

const { commitsPerComponent, commitMessages, serviceTemplate } = PLATFORM;

function authorsOf(component: DeployableComponent) {
  return component.maintainers.length > 0
    ? component.maintainers.map(m => ({ name: m.displayName, email: m.email }))
    : [PLATFORM.fallbackAuthor];
}

const serverEnvironment = ({ description = '' }: ApiServer) =>
  (['prod', 'staging', 'dev'] as const).find(env =>
    new RegExp(env, 'i').test(description),
  );

/**
 * Where a public component is reached in an environment, from the `servers`
 * of its OpenAPI documents. They name production and staging only, so other
 * environments follow staging's pattern (`api.<env>.<production domain>`).
 */
export function publicRouteFor(servers: ApiServer[], env: EnvironmentName) {
  const own = servers.find(s => serverEnvironment(s) === env);
  const production =
    servers.find(s => serverEnvironment(s) === 'prod') ?? servers[0];
  if (!own && !production) return undefined;
  const url = new URL((own ?? production).url);
  if (!own) {
    const [first, ...rest] = url.hostname.split('.');
    url.hostname = [first, env, ...rest].join('.');
  }
  const pathPrefix = url.pathname.replace(/\/$/, '') || '/';
  const { hostname, origin } = url;
  return { hostname, pathPrefix, url: `${origin}${pathPrefix}` };
}

/** Oldest first, about 30 hours apart; `freshCommit` adds one six minutes ago. */
export function buildCommits(
  component: DeployableComponent,
  now: Date,
  freshCommit: boolean,
) {
  const authors = authorsOf(component);
  const area = component.name.replace(/^(svc|platform)-/, '');
  const first = seeded(component.name, 'messages').int(0, 9);
  const total = commitsPerComponent + (freshCommit ? 1 : 0);
  return Array.from({ length: total }, (_, index) => {
    const random = seeded(component.name, 'commit', index);
    const message = commitMessages[(first + index) % commitMessages.length];
    const minutesBack =
      index === commitsPerComponent
        ? 6
        : (commitsPerComponent - index) * 30 * 60 + random.int(0, 5 * 60);
    return {
      sha: random.hex(40),
      author: random.pick(authors),
      date: new Date(now.getTime() - minutesBack * MINUTE_MS),
      message: String(render(message, { area })),
    };
  });
}

/** The syncs of one component into one environment, oldest first. */
function deploymentRecords(
  component: DeployableComponent,
  env: ClusterEnvironment,
  commits: Commit[],
) {
  const firstId = seeded(component.name, env.environment, 'history').int(4, 60);
  const authors = authorsOf(component);
  return env.deployedCommits
    .filter(stepsBack => stepsBack <= commits.length)
    .map((stepsBack, index) => {
      const commit = commits[commits.length - stepsBack];
      const random = seeded(component.name, env.environment, 'deploy', index);
      // The sync starts after the merge and ends 30 s to 2 min later.
      const startedMs =
        commit.date.getTime() + random.int(...env.deployDelaySeconds) * 1000;
      return {
        id: firstId + index,
        commit,
        deployStartedAt: new Date(startedMs),
        deployedAt: new Date(startedMs + random.int(30, 120) * 1000),
        ...(!env.autoSync && { initiatedBy: random.pick(authors).email }),
      };
    });
}

const ZONE_LETTERS = ['a', 'b', 'c'];

/** The nodes of one pool, named like EKS names them, spread over three zones. */
export function poolNodes(env: ClusterEnvironment, pool: NodePoolName) {
  return Array.from({ length: PLATFORM.nodesPerPool[pool] }, (_, i) => {
    const random = seeded(env.cluster, 'node', pool, i);
    const internalIP = workloadSubnetAddress(env, random);
    const host = internalIP.replace(/\./g, '-');
    const name = `ip-${host}.${PLATFORM.awsRegion}.compute.internal`;
    const zone = `${PLATFORM.awsRegion}${
      ZONE_LETTERS[i % ZONE_LETTERS.length]
    }`;
    const instanceId = `i-${seeded(env.cluster, 'instance', pool, i).hex(17)}`;
    return { name, internalIP, pool, zone, instanceId };
  });
}

const average = (values: number[]) =>
  values.length === 0
    ? 0
    : Math.round(values.reduce((a, b) => a + b, 0) / values.length);

export function planWorkload(
  component: DeployableComponent,
  env: ClusterEnvironment,
  commits: Commit[],
  scenarios: Scenarios,
  now: Date,
) {
  const key = `${component.name}/${env.cluster}`;
  const random = seeded(key, 'workload');
  const applies = (target?: ScenarioTarget) =>
    target?.component === component.name &&
    target.environment === env.environment;
  let condition: WorkloadCondition = 'healthy';
  if (applies(scenarios.crashLoop)) condition = 'crashLooping';
  else if (applies(scenarios.rollingOut)) condition = 'rollingOut';
  const atMaximum = applies(scenarios.hpaAtMaximum);
  const desiredReplicas = atMaximum
    ? serviceTemplate.maxReplicas
    : serviceTemplate.minReplicas;
  const load = atMaximum
    ? { cpu: random.int(92, 99), memory: random.int(70, 78) }
    : { cpu: random.int(18, 55), memory: random.int(35, 65) };
  const history = deploymentRecords(component, env, commits);
  const platformTier = component.tier === PLATFORM.platformTier;
  const nodes = poolNodes(env, platformTier ? 'platform' : 'application');

  const replicaSet = (
    deployment: DeploymentRecord,
    { fill, pods: listed }: { fill?: PodState; pods: PodState[] },
  ) => {
    const filled = Array(fill ? desiredReplicas - listed.length : 0).fill(fill);
    const states: PodState[] = [...filled, ...listed];
    const hash = seeded(key, 'rs', deployment.commit.sha).kubernetesSuffix(10);
    const name = `${component.kubernetesId}-${hash}`;
    const pods = states.map((state, index) => {
      const r = seeded(key, hash, 'pod', index);
      const startedMs =
        state === 'starting'
          ? now.getTime() - r.int(20, 50) * 1000
          : deployment.deployStartedAt.getTime() + r.int(5, 40) * 1000;
      const cpu = Math.max(3, load.cpu + r.int(-6, 6));
      const memory = Math.max(10, load.memory + r.int(-5, 5));
      return {
        name: `${name}-${r.kubernetesSuffix(5)}`,
        state,
        startedAt: new Date(startedMs),
        // Back-off caps at five minutes, so a day-old crash loop restarts dozens of times.
        restartCount: state === 'crashLoop' ? r.int(38, 64) : 0,
        node: r.pick(nodes),
        podIP: workloadSubnetAddress(env, r),
        // Usage metrics-server reports, in % of the request; none while the container is down.
        usage: {
          running: { cpu, memory },
          starting: { cpu: 12, memory: 30 },
          crashLoop: undefined,
        }[state],
      };
    });
    const revision = deployment.id + 1;
    // `123456789012.dkr.ecr.eu-west-1.amazonaws.com/localplus/svc-ledger:1a2b3c4`
    const tag = deployment.commit.sha.slice(0, 7);
    const image = `${PLATFORM.imageRegistry}/${component.kubernetesId}:${tag}`;
    return { name, podTemplateHash: hash, revision, deployment, image, pods };
  };

  const [current, previous] = history.slice(-2).reverse();
  const rollout = TEMPLATES.states.rollout[condition];
  const replicaSets = [replicaSet(current, rollout.current)];
  if (previous) {
    replicaSets.push(replicaSet(previous, rollout.previous));
  }
  const pods = replicaSets.flatMap(rs => rs.pods);
  const measured = pods.filter(pod => pod.state === 'running');
  const outOfSync = applies(scenarios.pendingPromotion);
  const hardening: ContainerHardening = applies(scenarios.policyViolation)
    ? 'demoViolation'
    : 'golden';

  return {
    component,
    env,
    namespace:
      component.namespaceAnnotation ||
      (platformTier ? PLATFORM.platformNamespace : component.kubernetesId),
    condition,
    desiredReplicas,
    /** Newest first: the current one, then the previous one if any. */
    replicaSets,
    pods,
    /** Oldest first; the last one is live. */
    history,
    /** The revision Argo CD compares against; newer than the live one when out of sync. */
    targetCommit: outOfSync ? commits[commits.length - 1] : current.commit,
    outOfSync,
    /** How its containers are hardened (data/kubernetes-templates.yaml). */
    hardening,
    route: publicRouteFor(component.publicApiServers, env.environment),
    /** Utilization is the average of the running pods, in % of the request. */
    autoscaler: {
      atMaximum,
      cpuUtilization: average(measured.map(p => p.usage!.cpu)),
      memoryUtilization: average(measured.map(p => p.usage!.memory)),
      lastScaleTime: atMaximum
        ? new Date(now.getTime() - random.int(20, 90) * MINUTE_MS)
        : current.deployedAt,
    },
    now,
  };
}
