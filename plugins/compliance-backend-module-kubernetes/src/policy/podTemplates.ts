/** A Kubernetes object as read from the API or rendered by kustomize: anything may be missing. */
export interface KubernetesObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: {
    name?: unknown;
    namespace?: unknown;
    labels?: unknown;
    ownerReferences?: unknown;
  };
  spec?: unknown;
  status?: unknown;
}

type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

/** The kinds whose pod template the admission policies examine. */
export const WORKLOAD_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'CronJob',
  'Job',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return WORKLOAD_KINDS.includes(kind as WorkloadKind);
}

/**
 * The pod template of a workload: `spec.template`, or the CronJob's job
 * template's. `kind` is given for list items, which the API server sends
 * without their kind.
 */
export function podTemplateOf(
  object: KubernetesObject,
  kind: unknown = object.kind,
): {
  labels: Record<string, string>;
  spec: Json | undefined;
} {
  const spec = asObject(object.spec);
  const template =
    kind === 'CronJob'
      ? asObject(asObject(asObject(spec?.jobTemplate)?.spec)?.template)
      : asObject(spec?.template);
  return {
    labels: stringMap(asObject(template?.metadata)?.labels),
    spec: asObject(template?.spec),
  };
}

/** A label map, keeping only text values. */
export function stringMap(value: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(asObject(value) ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** `kind`, `namespace` and `name` as text, for subjects and messages. */
export function identify(object: KubernetesObject) {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    kind: text(object.kind),
    namespace: text(object.metadata?.namespace),
    name: text(object.metadata?.name),
  };
}
