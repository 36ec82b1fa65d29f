import {
  ClusterEnvironment,
  PLATFORM_NAMESPACE,
  SERVICE_TEMPLATE,
} from '../seedFacts';
import { WorkloadPlan } from '../workloadPlan';
import { KubeObject, objectMeta, workloadLabels } from './objectMeta';

/** Namespaces every EKS cluster has, plus the platform one (001 §2.1.2). */
const BASE_NAMESPACES = [
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
  PLATFORM_NAMESPACE,
];

export function buildNamespaces(
  env: ClusterEnvironment,
  plans: WorkloadPlan[],
  createdAt: Date,
): KubeObject[] {
  const names = [
    ...new Set([...BASE_NAMESPACES, ...plans.map(p => p.namespace)]),
  ].sort();
  return names.map(name => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: objectMeta('Namespace', {
      name,
      cluster: env.cluster,
      createdAt,
      labels: { 'kubernetes.io/metadata.name': name },
    }),
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  }));
}

/**
 * A domain service's own namespace carries a LimitRange with the template's
 * defaults and a ResourceQuota sized for the HPA maximum (001 "Blast radius:
 * Namespace isolation, PDB, Resource Quotas"). The shared platform namespace
 * has neither, because no single component owns it.
 */
export function buildNamespaceGuards(plan: WorkloadPlan): KubeObject[] {
  if (plan.namespace === PLATFORM_NAMESPACE) {
    return [];
  }
  const common = {
    namespace: plan.namespace,
    cluster: plan.env.cluster,
    createdAt: plan.history[0].deployStartedAt,
    labels: workloadLabels(plan),
  };
  const max = SERVICE_TEMPLATE.maxReplicas;
  const pods = plan.replicaSets.flatMap(rs => rs?.pods ?? []).length;
  const limitRange: KubeObject = {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: objectMeta('LimitRange', {
      ...common,
      name: `${plan.namespace}-defaults`,
    }),
    spec: {
      limits: [
        {
          type: 'Container',
          default: { ...SERVICE_TEMPLATE.limits },
          defaultRequest: { ...SERVICE_TEMPLATE.requests },
        },
      ],
    },
  };
  const perPod = (count: number) => ({
    'requests.cpu': `${count * SERVICE_TEMPLATE.requestMillicores}m`,
    'requests.memory': `${count * SERVICE_TEMPLATE.requestMebibytes}Mi`,
    'limits.cpu': `${count * 500}m`,
    'limits.memory': `${count * 512}Mi`,
  });
  // Room for a surge of every pod during a rollout at the HPA maximum.
  const hard = { pods: String(2 * max), ...perPod(2 * max) };
  const resourceQuota: KubeObject = {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: objectMeta('ResourceQuota', {
      ...common,
      name: `${plan.namespace}-quota`,
    }),
    spec: { hard },
    status: {
      hard: { ...hard },
      used: { pods: String(pods), ...perPod(pods) },
    },
  };
  return [limitRange, resourceQuota];
}
