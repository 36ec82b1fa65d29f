import type { Entity } from '@backstage/catalog-model';

/** A component as the catalog serves it, from a catalog file at `location`. */
export function component(
  name: string,
  annotations: Record<string, string> = {},
  options: { type?: string; location?: string } = {},
): Entity {
  const location =
    options.location ??
    `url:https://github.com/localplus/${name}/blob/main/catalog-info.yaml`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': location,
        'backstage.io/managed-by-origin-location': location,
        ...annotations,
      },
    },
    spec: {
      type: options.type ?? 'service',
      lifecycle: 'production',
      owner: 'team-loyalty',
    },
  };
}

export function clusterResource(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, namespace: 'default' },
    spec: { type: 'kubernetes-cluster', owner: 'platform-team' },
  };
}
