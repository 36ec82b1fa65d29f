import type { ExaminedItem } from '@localplus/plugin-compliance-common';
import type { ClusterReader } from '../client/ClusterReader';
import type { CatalogIndex } from './types';

/**
 * What every observation of a cluster-wide check shares: the cluster as
 * subject, its Resource entity when the catalog has one, and what was read.
 */
export function onCluster(
  cluster: ClusterReader,
  catalog: CatalogIndex,
  examined: ExaminedItem,
) {
  return {
    subject: cluster.subject,
    entityRef: catalog.clusterEntities.get(cluster.name),
    method: 'examine' as const,
    examined: [examined],
  };
}

/** A list read from a cluster: `eks-prod/Node` at `/api/v1/nodes`. */
export function examinedList(
  cluster: string,
  kind: string,
  href: string,
): ExaminedItem {
  return { type: 'kubernetes-list', ref: `${cluster}/${kind}`, href };
}

/** One object of a cluster: `eks-prod/observability/ConfigMap/loki`. */
export function examinedObject(
  cluster: string,
  kind: string,
  namespace: string,
  name: string,
  href: string,
): ExaminedItem {
  const ref = [cluster, namespace, kind, name].filter(Boolean).join('/');
  return { type: 'kubernetes-object', ref, href };
}

/** The API path of a namespaced ConfigMap. */
export function configMapPath(namespace: string, name: string): string {
  return `/api/v1/namespaces/${namespace}/configmaps/${name}`;
}
