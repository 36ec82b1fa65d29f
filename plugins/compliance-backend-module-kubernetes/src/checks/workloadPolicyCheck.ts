import {
  ADMISSION_POLICY_STATEMENT,
  checkAdmissionPolicies,
  podTemplateOf,
  WorkloadKind,
} from '@localplus/plugin-golden-path-common';
import { onlyKeys, optionalTextList } from '@localplus/plugin-compliance-node';
import {
  asObject,
  identify,
  KubernetesObject,
  stringMap,
} from '../policy/kubernetesObjects';
import { DNS_LABEL } from './checkParams';
import { describeViolations } from './describeViolations';
import { examinedObject } from './examined';
import type { CatalogIndex, ClusterCheck, ClusterObservation } from './types';

/**
 * Where each kind is listed, cluster-wide. ReplicaSets and Pods are left
 * out: their owners (Deployments, Jobs...) are observed instead.
 */
const WORKLOAD_LISTS: Array<[WorkloadKind, string]> = [
  ['Deployment', '/apis/apps/v1/deployments'],
  ['StatefulSet', '/apis/apps/v1/statefulsets'],
  ['DaemonSet', '/apis/apps/v1/daemonsets'],
  ['CronJob', '/apis/batch/v1/cronjobs'],
  ['Job', '/apis/batch/v1/jobs'],
];

const KUBERNETES_ID = 'backstage.io/kubernetes-id';
const APP_NAME = 'app.kubernetes.io/name';

/**
 * Whether a workload runs or will run pods: Deployments and StatefulSets
 * scaled to zero, suspended CronJobs and finished Jobs do not; a Job
 * started by a CronJob is covered by the CronJob's own observation.
 */
export function isRunning(
  kind: WorkloadKind,
  object: KubernetesObject,
): boolean {
  const spec = asObject(object.spec) ?? {};
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
      return spec.replicas !== 0;
    case 'CronJob':
      return spec.suspend !== true;
    case 'Job': {
      const owners = Array.isArray(object.metadata?.ownerReferences)
        ? object.metadata!.ownerReferences
        : [];
      if (
        (owners as unknown[]).some(owner => asObject(owner)?.kind === 'CronJob')
      )
        return false;
      const conditions = asObject(object.status)?.conditions;
      const finished = (Array.isArray(conditions) ? conditions : []).some(c => {
        const condition = asObject(c);
        return (
          ['Complete', 'Failed'].includes(String(condition?.type)) &&
          condition?.status === 'True'
        );
      });
      return !finished;
    }
    default:
      return true;
  }
}

/** The catalog component a workload belongs to, by its labels. */
function entityRefOf(
  workload: KubernetesObject,
  catalog: CatalogIndex,
): string | undefined {
  const labels = {
    ...podTemplateOf(workload)?.labels,
    ...stringMap(workload.metadata?.labels),
  };
  const id = labels[KUBERNETES_ID] ?? labels[APP_NAME];
  return id ? catalog.componentsByKubernetesId.get(id) : undefined;
}

function observeWorkload(
  cluster: string,
  kind: WorkloadKind,
  listPath: string,
  object: KubernetesObject,
  catalog: CatalogIndex,
): ClusterObservation {
  const { namespace, name } = identify(object);
  const href = listPath.replace(
    /\/([a-z]+)$/,
    `/namespaces/${namespace}/$1/${name}`,
  );
  // The API server lists items without their kind.
  const workload = { ...object, kind };
  const violations = checkAdmissionPolicies([workload]);
  const containers = podTemplateOf(workload)?.containers.length ?? 0;
  const entityRef = entityRefOf(workload, catalog);
  const base = {
    subject: `workload:${cluster}/${namespace}/${kind}/${name}`,
    ...(entityRef && { entityRef }),
    method: 'examine' as const,
    examined: [examinedObject(cluster, kind, namespace, name, href)],
  };
  const details = { cluster, namespace, kind, name, containers };
  if (violations.length > 0) {
    return {
      ...base,
      result: 'fail',
      summary: `${kind} ${namespace}/${name} in ${cluster} breaks ${
        violations.length
      } rule${violations.length > 1 ? 's' : ''}: ${describeViolations(
        violations.map(v => v.message),
      )}.`,
      details: {
        ...details,
        violations: violations.slice(0, 100).map(v => ({
          ...(v.container !== undefined && { container: v.container }),
          policy: v.policy,
          message: v.message,
        })),
      },
    };
  }
  return {
    ...base,
    result: 'pass',
    summary: `The ${containers} container${
      containers > 1 ? 's' : ''
    } of ${kind} ${namespace}/${name} in ${cluster} ${ADMISSION_POLICY_STATEMENT}.`,
    details,
  };
}

export const workloadPolicyCheck: ClusterCheck<{ namespaces?: string[] }> = {
  id: 'workload-policy',
  title: 'Running workloads meet the admission policies',
  description: `Every running Deployment, StatefulSet, DaemonSet, CronJob and Job in the namespaces of parameter namespaces (default: all but kube-system): each container and init container must ${ADMISSION_POLICY_STATEMENT}. One observation per workload, naming every violation and its policy; the component is found by the ${KUBERNETES_ID} (or ${APP_NAME}) label.`,
  readParams(params) {
    onlyKeys(params, ['namespaces']);
    return {
      namespaces: optionalTextList(
        params,
        'namespaces',
        DNS_LABEL,
        'namespace names',
      ),
    };
  },
  async examine(cluster, { namespaces }, catalog) {
    const inScope = (namespace: string) =>
      namespaces ? namespaces.includes(namespace) : namespace !== 'kube-system';
    const lists = await Promise.all(
      WORKLOAD_LISTS.map(async ([kind, path]) => ({
        kind,
        path,
        items: await cluster.list(path),
      })),
    );
    const observations = lists.flatMap(({ kind, path, items }) =>
      (items as KubernetesObject[])
        .filter(
          item =>
            asObject(item) &&
            inScope(identify(item).namespace) &&
            isRunning(kind, item),
        )
        .map(item => observeWorkload(cluster.name, kind, path, item, catalog)),
    );
    if (observations.length === 0) {
      return [
        {
          subject: cluster.subject,
          entityRef: catalog.clusterEntities.get(cluster.name),
          result: 'not-applicable',
          summary: `${cluster.name} runs no workload in ${
            namespaces ? namespaces.join(', ') : 'any namespace but kube-system'
          }.`,
          method: 'examine',
          examined: lists.map(({ kind, path }) => ({
            type: 'kubernetes-list',
            ref: `${cluster.name}/${kind}`,
            href: path,
          })),
          details: { namespaces: namespaces ?? null },
        },
      ];
    }
    return observations.sort((a, b) => a.subject.localeCompare(b.subject));
  },
};
