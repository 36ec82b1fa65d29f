import type { ExaminedItem } from '@localplus/plugin-compliance-common';

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
