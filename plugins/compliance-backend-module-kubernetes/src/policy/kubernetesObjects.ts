import type { KubernetesObject as PolicyObject } from '@localplus/plugin-golden-path-common';

/**
 * A Kubernetes object as read from the API or rendered by kustomize:
 * anything may be missing or of the wrong type. The fields the collector
 * reads beyond those the policies read are added here.
 */
export interface KubernetesObject extends PolicyObject {
  metadata?: PolicyObject['metadata'] & { ownerReferences?: unknown };
  spec?: unknown;
  status?: unknown;
}

type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : undefined;
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
