import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CatalogIndex } from '../checks/types';

export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
export const OVERLAYS_ANNOTATION = 'localplus.io/kustomize-overlays';

/** The component types whose absence of overlays is reported as not applicable. */
const SUBJECT_TYPES = ['service', 'website'];

export interface KubernetesCatalog extends CatalogIndex {
  /** Components with overlays, and services and websites without (sorted by ref). */
  manifestSubjects: Entity[];
}

/**
 * What the Kubernetes checks need from the catalog, in one paged read of the
 * components (only the fields they use) and one lookup of the clusters'
 * Resource entities.
 */
export async function readKubernetesCatalog(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  clusters: string[];
  signal?: AbortSignal;
}): Promise<KubernetesCatalog> {
  const { catalog, credentials, clusters, signal } = options;
  const componentsByKubernetesId = new Map<string, string>();
  const manifestSubjects: Entity[] = [];
  const pages = catalog.streamEntities(
    {
      filter: { kind: 'Component' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
        'spec.type',
      ],
      pageSize: 500,
    },
    { credentials },
  );
  const components: Entity[] = [];
  for await (const page of pages) {
    signal?.throwIfAborted();
    components.push(...page);
  }
  components.sort((a, b) =>
    stringifyEntityRef(a).localeCompare(stringifyEntityRef(b)),
  );
  for (const entity of components) {
    const annotations = entity.metadata.annotations ?? {};
    const id = annotations[KUBERNETES_ID_ANNOTATION]?.trim();
    if (id && !componentsByKubernetesId.has(id)) {
      componentsByKubernetesId.set(id, stringifyEntityRef(entity));
    }
    const type = (entity.spec as { type?: unknown } | undefined)?.type;
    if (
      annotations[OVERLAYS_ANNOTATION] !== undefined ||
      SUBJECT_TYPES.includes(String(type))
    ) {
      manifestSubjects.push(entity);
    }
  }
  const clusterEntities = new Map<string, string>();
  if (clusters.length > 0) {
    const refs = clusters.map(name => `resource:default/${name.toLowerCase()}`);
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    items.forEach((entity, i) => {
      if (entity) clusterEntities.set(clusters[i], stringifyEntityRef(entity));
    });
  }
  return { componentsByKubernetesId, clusterEntities, manifestSubjects };
}
