import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  COMPONENT_FIELDS,
  ComponentFacts,
  componentFacts,
} from './componentFacts';

/** The component types the catalog checks cover (contract: services and websites). */
export const SUBJECT_TYPES = ['service', 'website'];

/** Far below the catalog's limits on a request's URL length. */
const REFS_PER_REQUEST = 200;

export interface CatalogReadOptions {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  /** Entities per catalog page; 500 unless a test wants more pages. */
  pageSize?: number;
  signal?: AbortSignal;
}

/** Every Component of type service or website, page after page, sorted by ref. */
export async function readSubjectComponents(
  options: CatalogReadOptions,
): Promise<ComponentFacts[]> {
  const { catalog, credentials, pageSize = 500, signal } = options;
  const components: ComponentFacts[] = [];
  const pages = catalog.streamEntities(
    {
      filter: { kind: 'Component', 'spec.type': SUBJECT_TYPES },
      fields: COMPONENT_FIELDS,
      pageSize,
    },
    { credentials },
  );
  for await (const page of pages) {
    signal?.throwIfAborted();
    components.push(...page.map(componentFacts));
  }
  return components.sort((a, b) => a.ref.localeCompare(b.ref));
}

/**
 * Which of `refs` name a Group the catalog holds, as lower-cased refs. Asked
 * by ref, a few hundred at a time, so the cost follows the number of owners
 * rather than the size of the catalog.
 */
export async function findExistingGroups(
  refs: string[],
  options: CatalogReadOptions,
): Promise<Set<string>> {
  const { catalog, credentials, signal } = options;
  const wanted = [...new Set(refs.filter(ref => ref.startsWith('group:')))];
  const found = new Set<string>();
  for (let start = 0; start < wanted.length; start += REFS_PER_REQUEST) {
    signal?.throwIfAborted();
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: wanted.slice(start, start + REFS_PER_REQUEST),
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    for (const entity of items) {
      if (entity) found.add(stringifyEntityRef(entity).toLowerCase());
    }
  }
  return found;
}
