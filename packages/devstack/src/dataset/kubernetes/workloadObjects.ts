import { PLATFORM_TIER, SERVICE_TEMPLATE } from '../seedFacts';
import { ReplicaSetPlan, WorkloadPlan } from '../workloadPlan';
import {
  imageFor,
  iso,
  KubeObject,
  objectMeta,
  workloadLabels,
} from './objectMeta';

function probe(settings: {
  path: string;
  initialDelaySeconds: number;
  periodSeconds: number;
}) {
  return {
    httpGet: { path: settings.path, port: 'http', scheme: 'HTTP' },
    initialDelaySeconds: settings.initialDelaySeconds,
    periodSeconds: settings.periodSeconds,
    timeoutSeconds: 1,
    successThreshold: 1,
    failureThreshold: 3,
  };
}

/** The golden-path pod (002 "Deployment Configuration" and "Health Probes"). */
export function podSpec(plan: WorkloadPlan, commitSha: string) {
  const id = plan.component.kubernetesId;
  const onPlatformPool = plan.component.tier === PLATFORM_TIER;
  return {
    serviceAccountName: id,
    containers: [
      {
        name: id,
        image: imageFor(plan, commitSha),
        imagePullPolicy: 'IfNotPresent',
        ports: [
          {
            name: SERVICE_TEMPLATE.port.name,
            containerPort: SERVICE_TEMPLATE.port.containerPort,
            protocol: 'TCP',
          },
        ],
        envFrom: [{ configMapRef: { name: `${id}-config` } }],
        resources: {
          requests: { ...SERVICE_TEMPLATE.requests },
          limits: { ...SERVICE_TEMPLATE.limits },
        },
        livenessProbe: probe(SERVICE_TEMPLATE.livenessProbe),
        readinessProbe: probe(SERVICE_TEMPLATE.readinessProbe),
        securityContext: {
          ...SERVICE_TEMPLATE.securityContext,
          capabilities: {
            drop: [...SERVICE_TEMPLATE.securityContext.capabilities.drop],
          },
        },
        terminationMessagePath: '/dev/termination-log',
        terminationMessagePolicy: 'File',
      },
    ],
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    schedulerName: 'default-scheduler',
    // 001 §2.1.3: the platform pool is tainted platform=true:NoSchedule.
    ...(onPlatformPool && {
      nodeSelector: { 'localplus.io/node-pool': 'platform' },
      tolerations: [
        {
          key: 'platform',
          operator: 'Equal',
          value: 'true',
          effect: 'NoSchedule',
        },
      ],
    }),
  };
}

function selectorLabels(plan: WorkloadPlan) {
  return { 'app.kubernetes.io/name': plan.component.kubernetesId };
}

function deploymentConditions(plan: WorkloadPlan, current: ReplicaSetPlan) {
  const updated = iso(current.deployment.deployedAt);
  // A stuck rollout flips Progressing to False when progressDeadlineSeconds (600) runs out.
  const progressChanged =
    plan.condition === 'crashLooping'
      ? iso(new Date(current.deployment.deployStartedAt.getTime() + 600_000))
      : updated;
  const progressing = {
    healthy: {
      status: 'True',
      reason: 'NewReplicaSetAvailable',
      message: `ReplicaSet "${current.name}" has successfully progressed.`,
    },
    rollingOut: {
      status: 'True',
      reason: 'ReplicaSetUpdated',
      message: `ReplicaSet "${current.name}" is progressing.`,
    },
    crashLooping: {
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: `ReplicaSet "${current.name}" has timed out progressing.`,
    },
  }[plan.condition];
  return [
    {
      type: 'Available',
      status: 'True',
      reason: 'MinimumReplicasAvailable',
      message: 'Deployment has minimum availability.',
      lastUpdateTime: updated,
      lastTransitionTime: iso(plan.history[0].deployedAt),
    },
    {
      type: 'Progressing',
      ...progressing,
      lastUpdateTime: progressChanged,
      lastTransitionTime: progressChanged,
    },
  ];
}

export function buildDeployment(plan: WorkloadPlan): KubeObject {
  const [current] = plan.replicaSets;
  const pods = plan.replicaSets.flatMap(rs => rs?.pods ?? []);
  const ready = pods.filter(p => p.state === 'running').length;
  const generation = plan.history.length + 1;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      ...objectMeta('Deployment', {
        name: plan.component.kubernetesId,
        namespace: plan.namespace,
        cluster: plan.env.cluster,
        createdAt: plan.history[0].deployStartedAt,
        labels: workloadLabels(plan),
        annotations: {
          'deployment.kubernetes.io/revision': String(current.revision),
        },
      }),
      generation,
    },
    spec: {
      replicas: plan.desiredReplicas,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: selectorLabels(plan) },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
      },
      template: {
        metadata: { labels: workloadLabels(plan) },
        spec: podSpec(plan, current.deployment.commit.sha),
      },
    },
    status: {
      observedGeneration: generation,
      replicas: pods.length,
      updatedReplicas: current.pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      ...(pods.length > ready && { unavailableReplicas: pods.length - ready }),
      conditions: deploymentConditions(plan, current),
    },
  };
}

export function buildReplicaSet(
  plan: WorkloadPlan,
  replicaSet: ReplicaSetPlan,
  deployment: KubeObject,
): KubeObject {
  const labels = {
    ...workloadLabels(plan),
    'pod-template-hash': replicaSet.podTemplateHash,
  };
  const ready = replicaSet.pods.filter(p => p.state === 'running').length;
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      ...objectMeta('ReplicaSet', {
        name: replicaSet.name,
        namespace: plan.namespace,
        cluster: plan.env.cluster,
        createdAt: replicaSet.deployment.deployStartedAt,
        labels,
        annotations: {
          'deployment.kubernetes.io/desired-replicas': String(
            plan.desiredReplicas,
          ),
          'deployment.kubernetes.io/max-replicas': String(
            plan.desiredReplicas + 1,
          ),
          'deployment.kubernetes.io/revision': String(replicaSet.revision),
        },
        owner: deployment,
      }),
      generation: 1,
    },
    spec: {
      replicas: replicaSet.pods.length,
      selector: {
        matchLabels: {
          ...selectorLabels(plan),
          'pod-template-hash': replicaSet.podTemplateHash,
        },
      },
      template: {
        metadata: { labels },
        spec: podSpec(plan, replicaSet.deployment.commit.sha),
      },
    },
    status: {
      observedGeneration: 1,
      replicas: replicaSet.pods.length,
      fullyLabeledReplicas: replicaSet.pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
    },
  };
}
