import { EventSpec, TEMPLATES } from './kubernetesTemplates';
import { identity, KubeObject, MetaFields, renderObject } from './kubeObject';
import { PLATFORM } from './platform';
import { seeded } from './random';
import { render, Scope } from './renderTemplate';
import { PodPlan, WorkloadPlan } from './workloadPlan';

/** The Kubernetes objects of one component in one cluster. */
export interface WorkloadObjects {
  /** What Argo CD applies from the overlay and tracks as the application's resources. */
  managed: KubeObject[];
  /** Everything the cluster serves for the workload, `managed` included. */
  all: KubeObject[];
  pods: KubeObject[];
}

const T = PLATFORM.serviceTemplate;
const { states } = TEMPLATES;

/**
 * The last time a daily `M H * * *` schedule fired before `now` (UTC). The
 * seeds' service-owned jobs are all daily; other schedules count as daily.
 */
export function lastDailyRun(schedule: string, now: Date): Date {
  const [minute, hour] = schedule.split(' ').map(Number);
  const run = new Date(now);
  run.setUTCHours(hour || 0, minute || 0, 0, 0);
  return run > now ? new Date(run.getTime() - 86_400_000) : run;
}

/**
 * What the templates read about a workload: its plan, the platform facts,
 * and the values derived from them (see data/kubernetes-templates.yaml).
 */
export function workloadScope(plan: WorkloadPlan): Scope {
  const { component, env, pods, autoscaler } = plan;
  const ready = pods.filter(p => p.state === 'running').length;
  const random = seeded(env.cluster, component.kubernetesId, 'service');
  const platformPool = component.tier === PLATFORM.platformTier;
  const workload: Scope = {
    name: component.kubernetesId,
    tier: component.tier?.toLowerCase(),
    ownsNamespace: plan.namespace !== PLATFORM.platformNamespace,
    ready,
    unavailable: pods.length > ready ? pods.length - ready : undefined,
    // EKS's default service range is 172.20.0.0/16.
    clusterIP: `172.20.${random.int(0, 255)}.${random.int(1, 254)}`,
    cpuMillicores: Math.round(
      (T.requestMillicores * autoscaler.cpuUtilization) / 100,
    ),
    memoryBytes: Math.round(
      (T.requestMebibytes * 1024 * 1024 * autoscaler.memoryUtilization) / 100,
    ),
  };
  const scope: Scope = {
    ...PLATFORM,
    ...plan,
    workload,
    image: plan.replicaSets[0].image,
    pool: platformPool ? TEMPLATES.platformScheduling : {},
  };
  workload.labels = render(TEMPLATES.workloadLabels, scope);
  workload.progressing = render(states.progressing[plan.condition], scope);
  const limit = autoscaler.atMaximum ? 'atMaximum' : 'withinRange';
  workload.scalingLimited = render(states.scalingLimited[limit], scope);
  scope.podSpec = render(TEMPLATES.podSpec, scope);
  return scope;
}

/** Events about `involved`, reported by the node's kubelet unless said otherwise. */
function eventsAbout(
  involved: KubeObject,
  specs: EventSpec[],
  cluster: string,
) {
  return specs.map(spec => {
    const { name, namespace } = involved.metadata;
    const suffix = seeded(cluster, 'event', name, spec.reason).hex(16);
    const event = {
      component: 'kubelet',
      ...spec,
      reportingInstance: spec.host ?? '',
      suffix,
    };
    return renderObject('Event', { involved, event }, { namespace, cluster })!;
  });
}

/** What the templates read about one pod: its plan, container and state. */
function podScope(plan: WorkloadPlan, pod: PodPlan, scope: Scope): Scope {
  const { cluster } = plan.env;
  const { namespace } = plan;
  const random = seeded(cluster, pod.name, 'container');
  const containerID = `containerd://${random.hex(64)}`;
  const image = scope.image as string;
  const container = {
    id: containerID,
    imageID: `${image.split(':')[0]}@sha256:${random.hex(64)}`,
    crashedAt: new Date(plan.now.getTime() - random.int(30, 240) * 1000),
  };
  const usage = pod.usage && {
    millicores: Math.round((T.requestMillicores * pod.usage.cpu) / 100),
    mebibytes: Math.round((T.requestMebibytes * pod.usage.memory) / 100),
  };
  const { uid } = identity('Pod', { cluster, namespace, name: pod.name });
  const values = { ...scope, pod: { ...pod, uid }, container, usage };
  return { ...values, state: render(states.pod[pod.state], values) };
}

export function buildWorkloadObjects(
  plan: WorkloadPlan,
  scope: Scope,
): WorkloadObjects {
  const { cluster } = plan.env;
  const defaults: Partial<MetaFields> & { cluster: string } = {
    name: plan.component.kubernetesId,
    namespace: plan.namespace,
    cluster,
    createdAt: plan.history[0].deployStartedAt,
    labels: (scope.workload as Scope).labels as Record<string, string>,
  };
  const applied = TEMPLATES.appliedByArgoCd.flatMap(
    kind => renderObject(kind, scope, defaults) ?? [],
  );
  const deployment = applied.find(o => o.kind === 'Deployment')!;
  const hpa = applied.find(o => o.kind === 'HorizontalPodAutoscaler')!;

  // 001 §8.6.8: each service-owned CronJob and the Job of its last run.
  const cronJobs: KubeObject[] = [];
  const jobs: KubeObject[] = [];
  for (const job of PLATFORM.scheduledJobs) {
    if (job.service !== plan.component.name) continue;
    const objectName = `${plan.component.kubernetesId}-${job.name}`;
    const scheduledAt = lastDailyRun(job.schedule, plan.now);
    const took = seeded(cluster, objectName).int(40, 300);
    const minute = Math.floor(scheduledAt.getTime() / 60_000);
    const jobScope = {
      ...scope,
      job: {
        ...job,
        objectName,
        module: job.name.replace(/-/g, '_'),
        scheduledAt,
        finishedAt: new Date(scheduledAt.getTime() + took * 1000),
        runName: `${objectName}-${minute}`,
      },
    };
    const cronJob = renderObject('CronJob', jobScope, defaults)!;
    cronJobs.push(cronJob);
    jobs.push(renderObject('Job', jobScope, { ...defaults, owner: cronJob })!);
  }

  const owned: KubeObject[] = [];
  const pods: KubeObject[] = [];
  const events: KubeObject[] = [];
  for (const rs of plan.replicaSets) {
    const ready = rs.pods.filter(p => p.state === 'running').length;
    const rsScope: Scope = {
      ...scope,
      image: rs.image,
      podSpec: render(TEMPLATES.podSpec, { ...scope, image: rs.image }),
      replicaSet: { ...rs, ready },
    };
    const rsObject = renderObject('ReplicaSet', rsScope, {
      ...defaults,
      owner: deployment,
    })!;
    owned.push(rsObject);
    for (const podPlan of rs.pods) {
      const values = podScope(plan, podPlan, rsScope);
      const pod = renderObject('Pod', values, {
        ...defaults,
        owner: rsObject,
      })!;
      pods.push(pod);
      owned.push(
        ...[renderObject('PodMetrics', values, defaults) ?? []].flat(),
      );
      const { events: podEvents } = values.state as { events: EventSpec[] };
      events.push(...eventsAbout(pod, podEvents, cluster));
    }
  }
  const { scalingLimited } = scope.workload as { scalingLimited: Scope };
  const hpaEvents = scalingLimited.events as EventSpec[];
  events.push(...eventsAbout(hpa, hpaEvents, cluster));
  const managed = [...applied, ...cronJobs];
  return {
    managed,
    pods,
    all: [...managed, ...owned, ...pods, ...jobs, ...events],
  };
}
