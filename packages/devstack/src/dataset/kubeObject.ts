import { apiVersionOf } from '../kubernetes/resources';
import { templateOf } from './kubernetesTemplates';
import { seeded } from './random';
import { iso, render, Scope } from './renderTemplate';

/** A Kubernetes object as the simulator stores and serves it. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid: string;
    resourceVersion: string;
    labels?: Record<string, string>;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

export interface MetaFields {
  name: string;
  namespace?: string;
  cluster: string;
  /** A time, or a timestamp as a template renders it. */
  createdAt: Date | string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** The controller that created the object. */
  owner?: KubeObject;
  generation?: number;
}

/** A stable uid and resourceVersion, derived from the object's identity. */
export function identity(
  kind: string,
  {
    cluster,
    namespace,
    name,
  }: Pick<MetaFields, 'cluster' | 'namespace' | 'name'>,
) {
  const random = seeded(cluster, kind, namespace ?? '', name);
  const uid = random.uuid();
  return { uid, resourceVersion: String(random.int(100_000, 9_999_999)) };
}

/**
 * The one object factory: `apiVersion` from the served resource table, and
 * metadata with a stable identity and the owner reference of its controller.
 */
export function kubeObject(
  kind: string,
  meta: MetaFields,
  body: Record<string, unknown>,
): KubeObject {
  const { name, namespace, cluster, createdAt, owner, ...rest } = meta;
  const ownerReference = owner && {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
  return {
    apiVersion: apiVersionOf(kind),
    kind,
    metadata: {
      name,
      ...(namespace && { namespace }),
      ...identity(kind, meta),
      creationTimestamp: iso(createdAt),
      ...rest,
      ...(ownerReference && { ownerReferences: [ownerReference] }),
    },
    ...body,
  };
}

/**
 * The object of `kind` from its template (data/kubernetes-templates.yaml),
 * filled in from `scope`; the template's metadata goes over `defaults`.
 * Undefined when the template's `when` is unset.
 */
export function renderObject(
  kind: string,
  scope: Scope,
  defaults: Partial<MetaFields> & { cluster: string },
): KubeObject | undefined {
  const { when, metadata = {}, ...body } = templateOf(kind);
  if (when !== undefined && !render(when, scope)) {
    return undefined;
  }
  const meta = { ...defaults, ...(render(metadata, scope) as object) };
  return kubeObject(kind, meta as MetaFields, render(body, scope) as Scope);
}
