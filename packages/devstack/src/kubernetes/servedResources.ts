/**
 * The resource types the simulated API servers know: what
 * `@backstage/plugin-kubernetes-backend` fetches by default (plus secrets and
 * volumes of its "all objects" list), Gateway API HTTPRoutes, metrics-server's
 * pod metrics, namespaces and events.
 */
export interface ServedResource {
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  /**
   * Lists of built-in types omit `apiVersion` and `kind` on each item;
   * lists of custom resources keep them.
   */
  builtIn: boolean;
}

function served(
  groupVersion: string,
  plural: string,
  kind: string,
  extra: {
    namespaced?: boolean;
    shortNames?: string[];
    builtIn?: boolean;
  } = {},
): ServedResource {
  const [group, version] = groupVersion.includes('/')
    ? groupVersion.split('/')
    : ['', groupVersion];
  return {
    group,
    version,
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced: extra.namespaced ?? true,
    ...(extra.shortNames && { shortNames: extra.shortNames }),
    builtIn: extra.builtIn ?? true,
  };
}

export const SERVED_RESOURCES: readonly ServedResource[] = [
  served('v1', 'namespaces', 'Namespace', {
    namespaced: false,
    shortNames: ['ns'],
  }),
  served('v1', 'pods', 'Pod', { shortNames: ['po'] }),
  served('v1', 'services', 'Service', { shortNames: ['svc'] }),
  served('v1', 'configmaps', 'ConfigMap', { shortNames: ['cm'] }),
  served('v1', 'secrets', 'Secret'),
  served('v1', 'limitranges', 'LimitRange', { shortNames: ['limits'] }),
  served('v1', 'resourcequotas', 'ResourceQuota', { shortNames: ['quota'] }),
  served('v1', 'persistentvolumes', 'PersistentVolume', {
    namespaced: false,
    shortNames: ['pv'],
  }),
  served('v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', {
    shortNames: ['pvc'],
  }),
  served('v1', 'events', 'Event', { shortNames: ['ev'] }),
  served('apps/v1', 'deployments', 'Deployment', { shortNames: ['deploy'] }),
  served('apps/v1', 'replicasets', 'ReplicaSet', { shortNames: ['rs'] }),
  served('apps/v1', 'statefulsets', 'StatefulSet', { shortNames: ['sts'] }),
  served('apps/v1', 'daemonsets', 'DaemonSet', { shortNames: ['ds'] }),
  served(
    'autoscaling/v2',
    'horizontalpodautoscalers',
    'HorizontalPodAutoscaler',
    {
      shortNames: ['hpa'],
    },
  ),
  served('batch/v1', 'jobs', 'Job'),
  served('batch/v1', 'cronjobs', 'CronJob', { shortNames: ['cj'] }),
  served('networking.k8s.io/v1', 'ingresses', 'Ingress', {
    shortNames: ['ing'],
  }),
  served('gateway.networking.k8s.io/v1', 'httproutes', 'HTTPRoute', {
    builtIn: false,
  }),
  served('metrics.k8s.io/v1beta1', 'pods', 'PodMetrics', { builtIn: false }),
];

export function findServedResource(
  group: string,
  version: string,
  plural: string,
): ServedResource | undefined {
  return SERVED_RESOURCES.find(
    r => r.group === group && r.version === version && r.plural === plural,
  );
}

/** The served resource an object belongs to, from its `apiVersion` and `kind`. */
export function servedResourceOf(
  apiVersion: string,
  kind: string,
): ServedResource | undefined {
  const [group, version] = apiVersion.includes('/')
    ? apiVersion.split('/')
    : ['', apiVersion];
  return SERVED_RESOURCES.find(
    r => r.group === group && r.version === version && r.kind === kind,
  );
}

export function groupVersionOf(resource: ServedResource): string {
  return resource.group
    ? `${resource.group}/${resource.version}`
    : resource.version;
}
