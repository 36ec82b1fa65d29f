import { apiVersionOf } from '../kubernetes/resources';
import { templateOf } from './kubernetesTemplates';
import { seeded } from './random';
import { iso, render, Scope } from './renderTemplate';

type Labels = Record<string, string>;

/** A Kubernetes object as the simulator stores and serves it. */
export type KubeObject = Scope & {
  apiVersion: string;
  kind: string;
  metadata: Scope & { name: string; namespace?: string; labels?: Labels };
};

/** What an object's uid and resourceVersion derive from. */
type Identity = { cluster: string; namespace?: string; name: string };

/** `createdAt` is a time, or a timestamp as a template renders it. */
type MetaFields = Scope &
  Identity & { createdAt: Date | string; owner?: KubeObject };

/** A stable uid and resourceVersion, derived from the object's identity. */
export function identity(kind: string, meta: Identity) {
  const random = seeded(meta.cluster, kind, meta.namespace ?? '', meta.name);
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

/** The template's metadata goes over `defaults`; undefined when its `when` is unset. */
export function renderObject(
  kind: string,
  scope: Scope,
  defaults: Scope & { cluster: string },
): KubeObject | undefined {
  const { when, metadata = {}, ...body } = templateOf(kind);
  if (when !== undefined && !render(when, scope)) {
    return undefined;
  }
  const meta = { ...defaults, ...(render(metadata, scope) as object) };
  return kubeObject(kind, meta as MetaFields, render(body, scope) as Scope);
}
