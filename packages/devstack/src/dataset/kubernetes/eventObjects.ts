import { seeded } from '../seededRandom';
import { WorkloadPlan } from '../workloadPlan';
import { iso, KubeObject } from './objectMeta';

interface EventSpec {
  involved: KubeObject;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
  host?: string;
  count: number;
  firstAt: Date;
  lastAt: Date;
}

function toEvent(cluster: string, spec: EventSpec): KubeObject {
  const { involved } = spec;
  const random = seeded(cluster, 'event', involved.metadata.name, spec.reason);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      // Kubernetes names events `<object>.<hex>`.
      name: `${involved.metadata.name}.${random.hex(16)}`,
      namespace: involved.metadata.namespace,
      uid: random.uuid(),
      resourceVersion: String(random.int(100_000, 9_999_999)),
      creationTimestamp: iso(spec.firstAt),
    },
    involvedObject: {
      apiVersion: involved.apiVersion,
      kind: involved.kind,
      name: involved.metadata.name,
      namespace: involved.metadata.namespace,
      uid: involved.metadata.uid,
    },
    type: spec.type,
    reason: spec.reason,
    message: spec.message,
    source: {
      component: spec.component,
      ...(spec.host && { host: spec.host }),
    },
    reportingComponent: spec.component,
    reportingInstance: spec.host ?? '',
    count: spec.count,
    firstTimestamp: iso(spec.firstAt),
    lastTimestamp: iso(spec.lastAt),
  };
}

/**
 * The events an operator would look at: the back-off of the crash-looping
 * pod, the failing readiness probe of a starting pod, and the rescale of an
 * HPA that hit its maximum. Healthy objects have none, like a quiet cluster
 * after the one-hour event TTL.
 */
export function buildEvents(
  plan: WorkloadPlan,
  pods: KubeObject[],
  hpa: KubeObject,
): KubeObject[] {
  const events: EventSpec[] = [];
  const now = plan.now;
  const recently = new Date(now.getTime() - 40_000);
  for (const pod of pods) {
    const status = pod.status as {
      containerStatuses: Array<{
        restartCount: number;
        state: Record<string, unknown>;
        ready: boolean;
        image: string;
      }>;
      startTime: string;
    };
    const container = status.containerStatuses[0];
    const host = (pod.spec as { nodeName: string }).nodeName;
    const startedAt = new Date(status.startTime);
    const name = plan.component.kubernetesId;
    if (container.state.waiting) {
      events.push(
        {
          involved: pod,
          type: 'Warning',
          reason: 'BackOff',
          message: `Back-off restarting failed container ${name} in pod ${pod.metadata.name}_${plan.namespace}(${pod.metadata.uid})`,
          component: 'kubelet',
          host,
          count: container.restartCount * 5,
          firstAt: new Date(startedAt.getTime() + 60_000),
          lastAt: recently,
        },
        {
          involved: pod,
          type: 'Normal',
          reason: 'Pulled',
          message: `Container image "${container.image}" already present on machine`,
          component: 'kubelet',
          host,
          count: container.restartCount,
          firstAt: new Date(startedAt.getTime() + 20_000),
          lastAt: recently,
        },
      );
    } else if (!container.ready) {
      events.push(
        {
          involved: pod,
          type: 'Normal',
          reason: 'Scheduled',
          message: `Successfully assigned ${plan.namespace}/${pod.metadata.name} to ${host}`,
          component: 'default-scheduler',
          count: 1,
          firstAt: startedAt,
          lastAt: startedAt,
        },
        {
          involved: pod,
          type: 'Warning',
          reason: 'Unhealthy',
          message:
            'Readiness probe failed: HTTP probe failed with statuscode: 503',
          component: 'kubelet',
          host,
          count: 3,
          firstAt: new Date(startedAt.getTime() + 10_000),
          lastAt: new Date(now.getTime() - 5_000),
        },
      );
    }
  }
  if (plan.autoscaler.atMaximum) {
    const at = plan.autoscaler.lastScaleTime;
    events.push({
      involved: hpa,
      type: 'Normal',
      reason: 'SuccessfulRescale',
      message: `New size: ${plan.autoscaler.desiredReplicas}; reason: cpu resource utilization (percentage of request) above target`,
      component: 'horizontal-pod-autoscaler',
      count: 1,
      firstAt: at,
      lastAt: at,
    });
  }
  return events.map(spec => toEvent(plan.env.cluster, spec));
}
