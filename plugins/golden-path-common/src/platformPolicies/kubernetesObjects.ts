import { asObject, clip, JsonObject, stringMap } from './fieldReaders';

/**
 * A Kubernetes object as kustomize renders it or the API server returns it.
 * Nothing is trusted: the rules read every field defensively. `spec` is
 * `any` so that code building objects (tests, generators) can reach into it.
 */
export interface KubernetesObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: { name?: unknown; namespace?: unknown; labels?: unknown };
  spec?: any;
}

/** The kinds that carry a pod template, and so run containers. */
export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return WORKLOAD_KINDS.includes(kind as WorkloadKind);
}

/** One container of a pod template, as the policies see it. */
export interface PodContainer {
  /** Its `name`, or its position (`#1`) when it has none; at most 63 characters. */
  name: string;
  /** Whether it is an init container. */
  init: boolean;
  /** The container as written (`securityContext`, `resources`, probes...). */
  spec: JsonObject;
}

export interface PodTemplate {
  labels: Record<string, string>;
  spec: JsonObject;
  /** Init containers first, then containers, each in order. */
  containers: PodContainer[];
}

/** A container name as shown in messages; Kubernetes names are DNS labels of at most 63 characters. */
const MAX_CONTAINER_NAME = 63;

function containersOf(spec: JsonObject): PodContainer[] {
  const listed = [
    ...(Array.isArray(spec.initContainers) ? spec.initContainers : []).map(
      item => ({ item, init: true }),
    ),
    ...(Array.isArray(spec.containers) ? spec.containers : []).map(item => ({
      item,
      init: false,
    })),
  ];
  return listed.map(({ item, init }, index) => {
    const container = asObject(item) ?? {};
    const name =
      typeof container.name === 'string' && container.name !== ''
        ? container.name.slice(0, MAX_CONTAINER_NAME)
        : `#${index + 1}`;
    return { name, init, spec: container };
  });
}

/**
 * Where a workload keeps its pod template: a Pod is its own, a CronJob's is
 * in its job template, the other workload kinds have `spec.template`.
 * Undefined for other kinds, and for a workload without a template.
 */
export function podTemplateOf(
  object: KubernetesObject,
): PodTemplate | undefined {
  const spec = asObject(object.spec);
  let template: { labels: unknown; spec: unknown } | undefined;
  switch (object.kind) {
    case 'Pod':
      template = { labels: asObject(object.metadata)?.labels, spec };
      break;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
    case 'CronJob': {
      const holder =
        object.kind === 'CronJob'
          ? asObject(asObject(spec?.jobTemplate)?.spec)
          : spec;
      const found = asObject(holder?.template);
      template = found && {
        labels: asObject(found.metadata)?.labels,
        spec: found.spec,
      };
      break;
    }
    default:
      return undefined;
  }
  const podSpec = asObject(template?.spec);
  if (!podSpec) return undefined;
  return {
    labels: stringMap(template?.labels),
    spec: podSpec,
    containers: containersOf(podSpec),
  };
}

/** `Deployment/svc-ledger`: how violations name the object. */
export function describeObject(object: KubernetesObject): string {
  const text = (value: unknown, fallback: string) =>
    typeof value === 'string' && value !== '' ? clip(value, 253) : fallback;
  return `${text(object.kind, 'Unknown')}/${text(
    asObject(object.metadata)?.name,
    '(unnamed)',
  )}`;
}
