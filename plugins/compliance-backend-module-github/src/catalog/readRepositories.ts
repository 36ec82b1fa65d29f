import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { parseRepositorySlug, RepositorySlug } from './repositorySlug';

export const PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';
export const TIER_ANNOTATION = 'localplus.io/tier';

const TIER = /^T[0-5]$/;

/** A repository named by one or more components. */
export interface CatalogRepository {
  /** `owner/name` lowercased: GitHub matches names so, and observations name it so. */
  key: string;
  /** As the first component (by ref) spells it. */
  slug: RepositorySlug;
  /** The components naming it, sorted. */
  entityRefs: string[];
  /** The strictest tier among them (`T0` before `T1`), when any declares one. */
  tier?: string;
}

/** A component whose annotation names no repository GitHub could have. */
export interface UnusableAnnotation {
  entityRef: string;
  value: string;
  problem: string;
}

/**
 * Every repository the catalog's components name in `github.com/project-slug`,
 * sorted by slug, and the annotations that name none. GitHub names are
 * case-insensitive: two spellings are one repository.
 */
export async function readCatalogRepositories(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<{
  repositories: CatalogRepository[];
  unusable: UnusableAnnotation[];
}> {
  const { items } = await catalog.getEntities(
    {
      filter: {
        kind: 'component',
        [`metadata.annotations.${PROJECT_SLUG_ANNOTATION}`]:
          CATALOG_FILTER_EXISTS,
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
      ],
    },
    { credentials },
  );
  const components = items
    .map(entity => ({
      entityRef: stringifyEntityRef(entity),
      value: entity.metadata.annotations?.[PROJECT_SLUG_ANNOTATION] ?? '',
      tier: entity.metadata.annotations?.[
        TIER_ANNOTATION
      ]?.trim().toUpperCase(),
    }))
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));

  const byKey = new Map<string, CatalogRepository>();
  const unusable: UnusableAnnotation[] = [];
  for (const { entityRef, value, tier } of components) {
    const parsed = parseRepositorySlug(value);
    if ('problem' in parsed) {
      unusable.push({ entityRef, value, problem: parsed.problem });
      continue;
    }
    const key = `${parsed.slug.owner}/${parsed.slug.name}`.toLowerCase();
    const repository = byKey.get(key) ?? {
      key,
      slug: parsed.slug,
      entityRefs: [],
    };
    repository.entityRefs.push(entityRef);
    if (
      tier &&
      TIER.test(tier) &&
      (!repository.tier || tier < repository.tier)
    ) {
      repository.tier = tier;
    }
    byKey.set(key, repository);
  }
  const repositories = [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, repository]) => repository);
  return { repositories, unusable };
}
