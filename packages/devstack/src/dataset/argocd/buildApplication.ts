import { KUBERNETES_ID_ANNOTATION } from '../../catalog/deployableComponents';
import { DeploymentRecord } from '../commitHistory';
import { iso, KubeObject } from '../kubernetes/objectMeta';
import { AWS_REGION, ClusterEnvironment } from '../seedFacts';
import { seeded } from '../seededRandom';
import { WorkloadPlan } from '../workloadPlan';

export const ARGOCD_NAMESPACE = 'argocd';

/** An Argo CD Application as `GET /api/v1/applications/{name}` returns it. */
export interface ArgoApplication {
  apiVersion: 'argoproj.io/v1alpha1';
  kind: 'Application';
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    resourceVersion: string;
    generation: number;
    creationTimestamp: string;
    labels: Record<string, string>;
    finalizers: string[];
  };
  spec: {
    project: string;
    source: { repoURL: string; path: string; targetRevision: string };
    destination: { server: string; namespace: string };
    syncPolicy: Record<string, unknown>;
    revisionHistoryLimit: number;
  };
  status: Record<string, unknown> & {
    sync: {
      status: 'Synced' | 'OutOfSync';
      revision: string;
      comparedTo: Record<string, unknown>;
    };
    health: {
      status: 'Healthy' | 'Progressing' | 'Degraded';
      lastTransitionTime: string;
    };
    history: Array<{ id: number; revision: string; deployedAt: string }>;
  };
}

export function applicationName(
  component: string,
  env: ClusterEnvironment,
): string {
  return `${component}-${env.environment}`;
}

/** The EKS endpoint the central Argo CD deploys to (id made up, stable per cluster). */
export function clusterServerUrl(env: ClusterEnvironment): string {
  const id = seeded(env.cluster, 'eks-endpoint').hex(32).toUpperCase();
  return `https://${id}.gr7.${AWS_REGION}.eks.amazonaws.com`;
}

function workloadHealth(plan: WorkloadPlan) {
  const id = plan.component.kubernetesId;
  switch (plan.condition) {
    case 'crashLooping':
      return {
        status: 'Degraded' as const,
        message: `Deployment "${id}" exceeded its progress deadline`,
      };
    case 'rollingOut':
      return {
        status: 'Progressing' as const,
        message: `Waiting for rollout to finish: ${plan.replicaSets[0].pods.length} out of ${plan.desiredReplicas} new replicas have been updated...`,
      };
    default:
      return { status: 'Healthy' as const };
  }
}

/** Argo CD rates the health of the kinds it knows; ConfigMaps and quotas have none. */
function resourceHealth(object: KubeObject, plan: WorkloadPlan) {
  if (object.kind === 'Deployment') {
    return workloadHealth(plan);
  }
  const rated = ['Service', 'HorizontalPodAutoscaler', 'HTTPRoute', 'CronJob'];
  return rated.includes(object.kind) ? { status: 'Healthy' } : undefined;
}

function resourceEntry(
  object: KubeObject,
  plan: WorkloadPlan,
  outOfSync: boolean,
) {
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : ['', object.apiVersion];
  const health = resourceHealth(object, plan);
  return {
    ...(group && { group }),
    version,
    kind: object.kind,
    namespace: object.metadata.namespace,
    name: object.metadata.name,
    // A promotion waiting for approval changes the image tag in the Deployment.
    status: outOfSync && object.kind === 'Deployment' ? 'OutOfSync' : 'Synced',
    ...(health && { health }),
  };
}

function historyEntry(
  record: DeploymentRecord,
  source: ArgoApplication['spec']['source'],
) {
  return {
    id: record.id,
    revision: record.commit.sha,
    deployStartedAt: iso(record.deployStartedAt),
    deployedAt: iso(record.deployedAt),
    source,
    initiatedBy: record.initiatedBy
      ? { username: record.initiatedBy }
      : { automated: true },
  };
}

export function buildApplication(
  plan: WorkloadPlan,
  managed: KubeObject[],
  pods: KubeObject[],
): ArgoApplication {
  const { component, env } = plan;
  const name = applicationName(component.name, env);
  const random = seeded(name, 'application');
  const source = {
    repoURL: `https://github.com/${component.repositorySlug}.git`,
    path: `k8s/overlays/${env.environment}`,
    targetRevision: 'main',
  };
  const destination = {
    server: clusterServerUrl(env),
    namespace: plan.namespace,
  };
  const last = plan.history[plan.history.length - 1];
  const health = workloadHealth(plan);
  const images = [
    ...new Set(
      pods.map(
        pod =>
          (pod.spec as { containers: Array<{ image: string }> }).containers[0]
            .image,
      ),
    ),
  ].sort();
  const initiatedBy = historyEntry(last, source).initiatedBy;

  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: ARGOCD_NAMESPACE,
      uid: random.uuid(),
      resourceVersion: String(random.int(1_000_000, 99_999_999)),
      generation: plan.history.length * 3 + random.int(0, 40),
      creationTimestamp: iso(
        new Date(plan.history[0].deployStartedAt.getTime() - 3_600_000),
      ),
      labels: {
        'app.kubernetes.io/name': component.kubernetesId,
        'app.kubernetes.io/part-of': 'localplus',
        [KUBERNETES_ID_ANNOTATION]: component.kubernetesId,
        'localplus.io/environment': env.environment,
        'localplus.io/cluster': env.cluster,
        'localplus.io/owner': component.owner,
        ...(component.tier && {
          'localplus.io/tier': component.tier.toLowerCase(),
        }),
      },
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    },
    spec: {
      // platform-gitops: Argo CD projects scope team permissions, one per owning team.
      project: component.owner,
      source,
      destination,
      syncPolicy: env.autoSync
        ? {
            automated: { prune: true, selfHeal: true },
            syncOptions: ['CreateNamespace=true'],
          }
        : { syncOptions: ['CreateNamespace=true'] },
      revisionHistoryLimit: 10,
    },
    status: {
      resources: managed.map(object =>
        resourceEntry(object, plan, plan.outOfSync),
      ),
      sync: {
        status: plan.outOfSync ? 'OutOfSync' : 'Synced',
        comparedTo: { source, destination },
        revision: plan.targetCommit.sha,
      },
      health: {
        status: health.status,
        lastTransitionTime: iso(
          plan.condition === 'healthy' ? last.deployedAt : last.deployStartedAt,
        ),
      },
      history: plan.history.map(record => historyEntry(record, source)),
      reconciledAt: iso(
        new Date(plan.now.getTime() - random.int(10, 170) * 1000),
      ),
      operationState: {
        operation: {
          sync: { revision: last.commit.sha, syncStrategy: { hook: {} } },
          initiatedBy,
          retry: {},
        },
        phase: 'Succeeded',
        message: 'successfully synced (all tasks run)',
        syncResult: { revision: last.commit.sha, source },
        startedAt: iso(last.deployStartedAt),
        finishedAt: iso(last.deployedAt),
      },
      sourceType: 'Kustomize',
      summary: { images },
      controllerNamespace: ARGOCD_NAMESPACE,
    },
  };
}
