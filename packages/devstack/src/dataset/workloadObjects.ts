import { EventSpec, TEMPLATES } from './kubernetesTemplates';
import { identity, KubeObject, renderObject } from './kubeObject';
import { PLATFORM } from './platform';
import { seeded } from './random';
import { render, Scope } from './renderTemplate';
import { PodPlan, WorkloadPlan } from './workloadPlan';

const T = PLATFORM.serviceTemplate;
const percentOf = (whole: number, percent: number) =>
  Math.round((whole * percent) / 100);
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
    cpuMillicores: percentOf(T.requestMillicores, autoscaler.cpuUtilization),
    memoryBytes: percentOf(
      T.requestMebibytes * 2 ** 20,
      autoscaler.memoryUtilization,
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
  scope.hardening = render(TEMPLATES.containerHardening[plan.hardening], scope);
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
    millicores: percentOf(T.requestMillicores, pod.usage.cpu),
    mebibytes: percentOf(T.requestMebibytes, pod.usage.memory),
  };
  const { uid } = identity('Pod', { cluster, namespace, name: pod.name });
  const values = { ...scope, pod: { ...pod, uid }, container, usage };
  return { ...values, state: render(states.pod[pod.state], values) };
}

export function buildWorkloadObjects(plan: WorkloadPlan, scope: Scope) {
  const { cluster } = plan.env;
  const defaults = {
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
  const scheduled = PLATFORM.scheduledJobs
    .filter(job => job.service === plan.component.name)
    .map(job => {
      const scheduledAt = lastDailyRun(job.schedule, plan.now);
      const minute = Math.floor(scheduledAt.getTime() / 60_000);
      const took = seeded(cluster, `${defaults.name}-${job.name}`).int(40, 300);
      const module = job.name.replace(/-/g, '_');
      const values = { ...job, module, scheduledAt, minute, took };
      const jobScope = { ...scope, job: values };
      const cronJob = renderObject('CronJob', jobScope, defaults)!;
      const owner = { ...defaults, owner: cronJob };
      return { cronJob, job: renderObject('Job', jobScope, owner)! };
    });

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
  events.push(
    ...eventsAbout(hpa, scalingLimited.events as EventSpec[], cluster),
  );
  /** What Argo CD applies from the overlay and tracks as the application's resources. */
  const managed = [...applied, ...scheduled.map(s => s.cronJob)];
  const jobs = scheduled.map(s => s.job);
  return {
    managed,
    pods,
    /** Everything the cluster serves for the workload, `managed` included. */
    all: [...managed, ...owned, ...pods, ...jobs, ...events],
  };
}
