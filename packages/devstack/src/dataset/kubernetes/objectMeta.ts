import { KUBERNETES_ID_ANNOTATION } from '../../catalog/deployableComponents';
import { seeded } from '../seededRandom';
import { WorkloadPlan } from '../workloadPlan';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid: string;
  resourceVersion: string;
  creationTimestamp: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Array<{
    apiVersion: string;
    kind: string;
    name: string;
    uid: string;
    controller: boolean;
    blockOwnerDeletion: boolean;
  }>;
  [field: string]: unknown;
}

/** A Kubernetes object as the simulator stores and serves it. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export function iso(date: Date): string {
  // Kubernetes serialises times to the second.
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The labels every object of a workload carries. `backstage.io/kubernetes-id`
 * is what the Backstage Kubernetes backend selects on; `app` is what the
 * golden path's ServiceMonitor selects on (002 "ServiceMonitor Configuration").
 */
export function workloadLabels(plan: WorkloadPlan): Record<string, string> {
  const { component } = plan;
  return {
    [KUBERNETES_ID_ANNOTATION]: component.kubernetesId,
    'app.kubernetes.io/name': component.kubernetesId,
    'app.kubernetes.io/part-of': 'localplus',
    // Argo CD's default resource tracking label: the owning application.
    'app.kubernetes.io/instance': `${component.name}-${plan.env.environment}`,
    app: component.kubernetesId,
    'localplus.io/environment': plan.env.environment,
    ...(component.tier && {
      'localplus.io/tier': component.tier.toLowerCase(),
    }),
  };
}

/** Metadata with a stable uid and resourceVersion derived from the object's identity. */
export function objectMeta(
  kind: string,
  fields: {
    name: string;
    namespace?: string;
    cluster: string;
    createdAt: Date;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    owner?: KubeObject;
  },
): ObjectMeta {
  const random = seeded(
    fields.cluster,
    kind,
    fields.namespace ?? '',
    fields.name,
  );
  const { owner } = fields;
  return {
    name: fields.name,
    ...(fields.namespace && { namespace: fields.namespace }),
    uid: random.uuid(),
    resourceVersion: String(random.int(100_000, 9_999_999)),
    creationTimestamp: iso(fields.createdAt),
    ...(fields.labels && { labels: fields.labels }),
    ...(fields.annotations && { annotations: fields.annotations }),
    ...(owner && {
      ownerReferences: [
        {
          apiVersion: owner.apiVersion,
          kind: owner.kind,
          name: owner.metadata.name,
          uid: owner.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    }),
  };
}

/** `123456789012.dkr.ecr.eu-west-1.amazonaws.com/localplus/svc-ledger:1a2b3c4` */
export function imageFor(plan: WorkloadPlan, sha: string): string {
  // 001 §2.1.1: images live in ECR in the shared-services account (id made up).
  return `123456789012.dkr.ecr.eu-west-1.amazonaws.com/localplus/${
    plan.component.kubernetesId
  }:${sha.slice(0, 7)}`;
}
