import { z } from 'zod';
import { loadDataFile } from '../dataFiles';
import { KubeObject } from './kubeObject';
import { seeded } from './random';
import { render, Scope } from './renderTemplate';
import { DeploymentRecord, WorkloadPlan } from './workloadPlan';

const template = z.record(z.string(), z.unknown());
const errorCode = z.object({ http: z.number().int(), grpc: z.number().int() });
const argoCdSchema = z.object({
  namespace: z.string().min(1),
  version: z.record(z.string(), z.string()),
  errorCodes: z.record(z.string(), errorCode),
  health: z.record(
    z.enum(['healthy', 'rollingOut', 'crashLooping']),
    z.object({
      status: z.enum(['Healthy', 'Progressing', 'Degraded']),
      message: z.string().optional(),
    }),
  ),
  healthRatedKinds: z.array(z.string()),
  syncPolicies: z.object({ automatic: template, manual: template }),
  application: template,
  historyEntry: template,
  revisionMetadata: template,
  uiPage: z.object({
    frame: z.string(),
    application: z.string(),
    historyRow: z.string(),
    unknown: z.string(),
  }),
});

/** The central Argo CD (data/argocd.yaml), checked at load. */
export const ARGOCD = loadDataFile('argocd.yaml', argoCdSchema);

type Fields<Name extends string> = Record<Name, string> & Scope;

/** An Argo CD Application as `GET /api/v1/applications/{name}` returns it. */
export type ArgoApplication = Scope & {
  metadata: Fields<'name'> & { labels: Record<string, string> };
  spec: Fields<'project'> & {
    source: Fields<'repoURL'>;
    destination: Fields<'namespace'>;
  };
  status: Scope & {
    sync: Fields<'status' | 'revision'>;
    health: Fields<'status'>;
    history: Array<Fields<'revision' | 'deployStartedAt' | 'deployedAt'>>;
  };
};

/** An entry of the application's resource tree, with Argo CD's health where it rates one. */
function resourceEntry(object: KubeObject, plan: WorkloadPlan, health: object) {
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : ['', object.apiVersion];
  const isDeployment = object.kind === 'Deployment';
  const rated = isDeployment
    ? health
    : ARGOCD.healthRatedKinds.includes(object.kind) && { status: 'Healthy' };
  return {
    ...(group && { group }),
    version,
    kind: object.kind,
    namespace: object.metadata.namespace,
    name: object.metadata.name,
    // A promotion waiting for approval changes the image tag in the Deployment.
    status: plan.outOfSync && isDeployment ? 'OutOfSync' : 'Synced',
    ...(rated && { health: rated }),
  };
}

const initiatedBy = (record: DeploymentRecord) =>
  record.initiatedBy ? { username: record.initiatedBy } : { automated: true };

/**
 * The Argo CD application of a workload, from the same plan and scope as
 * its Kubernetes objects, so that the clusters and Argo CD always agree.
 */
export function buildApplication(
  plan: WorkloadPlan,
  managed: KubeObject[],
  scope: Scope,
): ArgoApplication {
  const { component, env, history } = plan;
  const name = `${component.name}-${env.environment}`;
  const random = seeded(name, 'application');
  const health = render(ARGOCD.health[plan.condition], scope) as object;
  const last = history[history.length - 1];
  const app: Scope = {
    name,
    namespace: ARGOCD.namespace,
    uid: random.uuid(),
    resourceVersion: random.int(1_000_000, 99_999_999),
    generation: history.length * 3 + random.int(0, 40),
    createdAt: new Date(history[0].deployStartedAt.getTime() - 3_600_000),
    endpointId: seeded(env.cluster, 'eks-endpoint').hex(32).toUpperCase(),
    syncPolicy: ARGOCD.syncPolicies[env.autoSync ? 'automatic' : 'manual'],
    resources: managed.map(object => resourceEntry(object, plan, health)),
    syncStatus: plan.outOfSync ? 'OutOfSync' : 'Synced',
    targetRevision: plan.targetCommit.sha,
    health,
    healthSince:
      plan.condition === 'healthy' ? last.deployedAt : last.deployStartedAt,
    reconciledAt: new Date(plan.now.getTime() - random.int(10, 170) * 1000),
    images: plan.replicaSets
      .flatMap(rs => (rs.pods.length > 0 ? [rs.image] : []))
      .sort(),
  };
  const appScope = { ...scope, app };
  const entries = history.map(sync =>
    render(ARGOCD.historyEntry, {
      ...appScope,
      sync: { ...sync, initiatedBy: initiatedBy(sync) },
    }),
  );
  app.history = entries;
  app.lastSync = entries[entries.length - 1];
  return render(ARGOCD.application, appScope) as ArgoApplication;
}
