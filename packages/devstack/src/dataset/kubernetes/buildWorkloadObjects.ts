import { WorkloadPlan } from '../workloadPlan';
import { buildConfigMap, buildHorizontalPodAutoscaler } from './configObjects';
import { buildEvents } from './eventObjects';
import { buildNamespaceGuards } from './namespaceObjects';
import { buildHttpRoute, buildService, publicRouteFor } from './networkObjects';
import { KubeObject } from './objectMeta';
import { buildPod, buildPodMetrics } from './podObjects';
import { buildScheduledJobs } from './scheduledJobObjects';
import { buildDeployment, buildReplicaSet } from './workloadObjects';

/** The Kubernetes objects of one component in one cluster. */
export interface WorkloadObjects {
  /** What Argo CD applies from the overlay and tracks as the application's resources. */
  managed: KubeObject[];
  /** What controllers create from them: ReplicaSets, Pods, Jobs. */
  owned: KubeObject[];
  pods: KubeObject[];
  podMetrics: KubeObject[];
  events: KubeObject[];
}

export function buildWorkloadObjects(plan: WorkloadPlan): WorkloadObjects {
  const deployment = buildDeployment(plan);
  const replicaSets: KubeObject[] = [];
  const pods: KubeObject[] = [];
  const podMetrics: KubeObject[] = [];
  for (const replicaSetPlan of plan.replicaSets) {
    if (!replicaSetPlan) {
      continue;
    }
    const replicaSet = buildReplicaSet(plan, replicaSetPlan, deployment);
    replicaSets.push(replicaSet);
    for (const podPlan of replicaSetPlan.pods) {
      pods.push(buildPod(plan, replicaSetPlan, replicaSet, podPlan));
      const metrics = buildPodMetrics(plan, podPlan);
      if (metrics) {
        podMetrics.push(metrics);
      }
    }
  }

  const hpa = buildHorizontalPodAutoscaler(plan);
  const route = publicRouteFor(
    plan.component.publicApiServers,
    plan.env.environment,
  );
  const jobs = buildScheduledJobs(plan);
  const managed = [
    buildConfigMap(plan),
    buildService(plan),
    deployment,
    hpa,
    ...(route ? [buildHttpRoute(plan, route)] : []),
    ...jobs.filter(job => job.kind === 'CronJob'),
    ...buildNamespaceGuards(plan),
  ];
  return {
    managed,
    owned: [...replicaSets, ...pods, ...jobs.filter(job => job.kind === 'Job')],
    pods,
    podMetrics,
    events: buildEvents(plan, pods, hpa),
  };
}
