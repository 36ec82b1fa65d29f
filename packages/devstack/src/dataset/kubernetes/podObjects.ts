import { seeded } from '../seededRandom';
import { PodPlan, ReplicaSetPlan, WorkloadPlan } from '../workloadPlan';
import { iso, KubeObject, objectMeta, workloadLabels } from './objectMeta';
import { podSpec } from './workloadObjects';

const SECOND_MS = 1000;

function containerStatus(
  plan: WorkloadPlan,
  pod: PodPlan,
  podUid: string,
  image: string,
) {
  const random = seeded(plan.env.cluster, pod.name, 'container');
  const name = plan.component.kubernetesId;
  const common = {
    name,
    image,
    imageID: `${image.split(':')[0]}@sha256:${random.hex(64)}`,
    containerID: `containerd://${random.hex(64)}`,
    restartCount: pod.restartCount,
  };
  if (pod.state === 'crashLoop') {
    const finishedAt = new Date(
      plan.now.getTime() - random.int(30, 240) * SECOND_MS,
    );
    return {
      ...common,
      ready: false,
      started: false,
      state: {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off 5m0s restarting failed container=${name} pod=${pod.name}_${plan.namespace}(${podUid})`,
        },
      },
      lastState: {
        terminated: {
          exitCode: 1,
          reason: 'Error',
          startedAt: iso(new Date(finishedAt.getTime() - 7 * SECOND_MS)),
          finishedAt: iso(finishedAt),
          containerID: common.containerID,
        },
      },
    };
  }
  return {
    ...common,
    ready: pod.state === 'running',
    started: true,
    state: {
      running: {
        startedAt: iso(new Date(pod.startedAt.getTime() + 3 * SECOND_MS)),
      },
    },
    lastState: {},
  };
}

function podConditions(pod: PodPlan, containerName: string) {
  const started = iso(pod.startedAt);
  const ready = pod.state === 'running';
  const notReady = {
    status: 'False',
    reason: 'ContainersNotReady',
    message: `containers with unready status: [${containerName}]`,
  };
  return [
    {
      type: 'PodReadyToStartContainers',
      status: 'True',
      lastTransitionTime: started,
    },
    { type: 'Initialized', status: 'True', lastTransitionTime: started },
    {
      type: 'Ready',
      ...(ready ? { status: 'True' } : notReady),
      lastTransitionTime: started,
    },
    {
      type: 'ContainersReady',
      ...(ready ? { status: 'True' } : notReady),
      lastTransitionTime: started,
    },
    { type: 'PodScheduled', status: 'True', lastTransitionTime: started },
  ];
}

export function buildPod(
  plan: WorkloadPlan,
  replicaSet: ReplicaSetPlan,
  owner: KubeObject,
  pod: PodPlan,
): KubeObject {
  const metadata = objectMeta('Pod', {
    name: pod.name,
    namespace: plan.namespace,
    cluster: plan.env.cluster,
    createdAt: new Date(pod.startedAt.getTime() - 2 * SECOND_MS),
    labels: {
      ...workloadLabels(plan),
      'pod-template-hash': replicaSet.podTemplateHash,
    },
    owner,
  });
  const spec = {
    ...podSpec(plan, replicaSet.deployment.commit.sha),
    nodeName: pod.node.name,
  };
  const image = spec.containers[0].image;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec,
    status: {
      phase: 'Running',
      conditions: podConditions(pod, plan.component.kubernetesId),
      hostIP: pod.node.internalIP,
      hostIPs: [{ ip: pod.node.internalIP }],
      podIP: pod.podIP,
      podIPs: [{ ip: pod.podIP }],
      startTime: iso(pod.startedAt),
      qosClass: 'Burstable',
      containerStatuses: [containerStatus(plan, pod, metadata.uid, image)],
    },
  };
}

/**
 * What metrics-server reports for a pod (metrics.k8s.io/v1beta1): CPU in
 * nanocores, memory in KiB. Pods whose container is down have no entry.
 */
export function buildPodMetrics(
  plan: WorkloadPlan,
  pod: PodPlan,
): KubeObject | undefined {
  if (!pod.usage) {
    return undefined;
  }
  const scrapedAt = new Date(plan.now.getTime() - 15 * SECOND_MS);
  return {
    apiVersion: 'metrics.k8s.io/v1beta1',
    kind: 'PodMetrics',
    metadata: {
      ...objectMeta('PodMetrics', {
        name: pod.name,
        namespace: plan.namespace,
        cluster: plan.env.cluster,
        createdAt: plan.now,
        labels: workloadLabels(plan),
      }),
    },
    timestamp: iso(scrapedAt),
    window: '15s',
    containers: [
      {
        name: plan.component.kubernetesId,
        usage: {
          cpu: `${pod.usage.cpuMillicores * 1_000_000}n`,
          memory: `${pod.usage.memoryMebibytes * 1024}Ki`,
        },
      },
    ],
  };
}
