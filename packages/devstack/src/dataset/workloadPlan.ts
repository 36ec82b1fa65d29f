import { DeployableComponent } from '../catalog/deployableComponents';
import {
  ClusterNode,
  clusterNodes,
  workloadSubnetAddress,
} from './clusterNodes';
import {
  buildDeploymentRecords,
  Commit,
  DeploymentRecord,
} from './commitHistory';
import { scenarioApplies, Scenarios } from './scenarios';
import {
  ClusterEnvironment,
  PLATFORM_NAMESPACE,
  PLATFORM_TIER,
  SERVICE_TEMPLATE,
} from './seedFacts';
import { seeded } from './seededRandom';

/** `running`: ready; `starting`: running, readiness not passed yet; `crashLoop`: CrashLoopBackOff. */
export type PodState = 'running' | 'starting' | 'crashLoop';

export type WorkloadCondition = 'healthy' | 'crashLooping' | 'rollingOut';

export interface PodPlan {
  name: string;
  state: PodState;
  startedAt: Date;
  restartCount: number;
  node: ClusterNode;
  podIP: string;
  /** Usage reported by metrics-server; undefined while the container is down. */
  usage?: { cpuMillicores: number; memoryMebibytes: number };
}

export interface ReplicaSetPlan {
  name: string;
  podTemplateHash: string;
  /** `deployment.kubernetes.io/revision` */
  revision: number;
  deployment: DeploymentRecord;
  pods: PodPlan[];
}

export interface AutoscalerPlan {
  currentReplicas: number;
  desiredReplicas: number;
  cpuUtilization: number;
  memoryUtilization: number;
  atMaximum: boolean;
  lastScaleTime: Date;
}

/** Everything about one component in one cluster, before it becomes objects. */
export interface WorkloadPlan {
  component: DeployableComponent;
  env: ClusterEnvironment;
  namespace: string;
  condition: WorkloadCondition;
  /** Deployment `spec.replicas`. */
  desiredReplicas: number;
  /** Newest first: the current ReplicaSet, then the previous one. */
  replicaSets: [ReplicaSetPlan, ReplicaSetPlan | undefined];
  history: DeploymentRecord[];
  /** The revision Argo CD compares against; newer than the live one when out of sync. */
  targetCommit: Commit;
  outOfSync: boolean;
  autoscaler: AutoscalerPlan;
  now: Date;
}

export function namespaceFor(component: DeployableComponent): string {
  if (component.namespaceAnnotation) {
    return component.namespaceAnnotation;
  }
  return component.tier === PLATFORM_TIER
    ? PLATFORM_NAMESPACE
    : component.kubernetesId;
}

function conditionFor(
  component: DeployableComponent,
  env: ClusterEnvironment,
  scenarios: Scenarios,
): WorkloadCondition {
  if (scenarioApplies(scenarios.crashLoop, component.name, env.environment)) {
    return 'crashLooping';
  }
  if (scenarioApplies(scenarios.rollingOut, component.name, env.environment)) {
    return 'rollingOut';
  }
  return 'healthy';
}

/**
 * Pod states of the current and previous ReplicaSet. A stuck or running
 * rollout keeps old pods, as a RollingUpdate with maxUnavailable 0 does.
 */
function podStates(
  condition: WorkloadCondition,
  replicas: number,
): [PodState[], PodState[]] {
  switch (condition) {
    case 'crashLooping':
      return [
        [...Array(replicas - 1).fill('running'), 'crashLoop'],
        ['running'],
      ];
    case 'rollingOut':
      return [['starting'], Array(replicas).fill('running')];
    default:
      return [Array(replicas).fill('running'), []];
  }
}

function planPods(
  owner: { name: string; key: string },
  states: PodState[],
  deployment: DeploymentRecord,
  nodes: ClusterNode[],
  env: ClusterEnvironment,
  baseUtilization: { cpu: number; memory: number },
  now: Date,
): PodPlan[] {
  return states.map((state, index) => {
    const random = seeded(owner.key, 'pod', index);
    const startedAt =
      state === 'starting'
        ? new Date(now.getTime() - random.int(20, 50) * 1000)
        : new Date(
            deployment.deployStartedAt.getTime() + random.int(5, 40) * 1000,
          );
    const cpu = Math.max(3, baseUtilization.cpu + random.int(-6, 6));
    const memory = Math.max(10, baseUtilization.memory + random.int(-5, 5));
    const usage =
      state === 'crashLoop'
        ? undefined
        : {
            cpuMillicores:
              state === 'starting'
                ? 12
                : Math.round((SERVICE_TEMPLATE.requestMillicores * cpu) / 100),
            memoryMebibytes: Math.round(
              (SERVICE_TEMPLATE.requestMebibytes *
                (state === 'starting' ? 30 : memory)) /
                100,
            ),
          };
    return {
      name: `${owner.name}-${random.kubernetesSuffix(5)}`,
      state,
      startedAt,
      // Back-off caps at five minutes, so a day-old crash loop restarts dozens of times.
      restartCount: state === 'crashLoop' ? random.int(38, 64) : 0,
      node: random.pick(nodes),
      podIP: workloadSubnetAddress(env, random),
      usage,
    };
  });
}

function average(values: number[]): number {
  return values.length === 0
    ? 0
    : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function planWorkload(
  component: DeployableComponent,
  env: ClusterEnvironment,
  commits: Commit[],
  scenarios: Scenarios,
  now: Date,
): WorkloadPlan {
  const key = `${component.name}/${env.cluster}`;
  const random = seeded(key, 'workload');
  const condition = conditionFor(component, env, scenarios);
  const atMaximum = scenarioApplies(
    scenarios.hpaAtMaximum,
    component.name,
    env.environment,
  );
  const desiredReplicas = atMaximum
    ? SERVICE_TEMPLATE.maxReplicas
    : SERVICE_TEMPLATE.minReplicas;
  const baseUtilization = atMaximum
    ? { cpu: random.int(92, 99), memory: random.int(70, 78) }
    : { cpu: random.int(18, 55), memory: random.int(35, 65) };

  const history = buildDeploymentRecords(component, env.environment, commits);
  const nodes = clusterNodes(env).filter(
    node =>
      node.pool ===
      (component.tier === PLATFORM_TIER ? 'platform' : 'application'),
  );
  const [currentStates, previousStates] = podStates(condition, desiredReplicas);

  const replicaSet = (
    deployment: DeploymentRecord,
    states: PodState[],
  ): ReplicaSetPlan => {
    const hash = seeded(key, 'rs', deployment.commit.sha).kubernetesSuffix(10);
    const name = `${component.kubernetesId}-${hash}`;
    return {
      name,
      podTemplateHash: hash,
      revision: deployment.id + 1,
      deployment,
      pods: planPods(
        { name, key: `${key}/${hash}` },
        states,
        deployment,
        nodes,
        env,
        baseUtilization,
        now,
      ),
    };
  };

  const current = history[history.length - 1];
  const previous = history[history.length - 2];
  const replicaSets: WorkloadPlan['replicaSets'] = [
    replicaSet(current, currentStates),
    previous ? replicaSet(previous, previousStates) : undefined,
  ];

  const allPods = replicaSets.flatMap(rs => rs?.pods ?? []);
  const measured = allPods.filter(pod => pod.state === 'running');
  const outOfSync = scenarioApplies(
    scenarios.pendingPromotion,
    component.name,
    env.environment,
  );

  return {
    component,
    env,
    namespace: namespaceFor(component),
    condition,
    desiredReplicas,
    replicaSets,
    history,
    targetCommit: outOfSync ? commits[commits.length - 1] : current.commit,
    outOfSync,
    autoscaler: {
      currentReplicas: allPods.length,
      desiredReplicas,
      cpuUtilization: average(
        measured.map(
          p =>
            (100 * (p.usage?.cpuMillicores ?? 0)) /
            SERVICE_TEMPLATE.requestMillicores,
        ),
      ),
      memoryUtilization: average(
        measured.map(
          p =>
            (100 * (p.usage?.memoryMebibytes ?? 0)) /
            SERVICE_TEMPLATE.requestMebibytes,
        ),
      ),
      atMaximum,
      lastScaleTime: atMaximum
        ? new Date(now.getTime() - random.int(20, 90) * 60_000)
        : current.deployedAt,
    },
    now,
  };
}
