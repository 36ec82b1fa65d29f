import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { strictestTier } from '@localplus/plugin-tiers-common';
import type { GithubCollectorSettings } from '../config';
import { parseRepositorySlug, RepositorySlug } from './repositorySlug';

export const PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';

/** A repository named by one or more components. */
export interface CatalogRepository {
  /** `owner/name` lowercased: GitHub matches names so, and observations name it so. */
  key: string;
  /** As the first component (by ref) spells it. */
  slug: RepositorySlug;
  /** The components naming it, sorted. */
  entityRefs: string[];
  /** The strictest tier of the model among theirs, when any declares one. */
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
 * case-insensitive: two spellings are one repository. Each component's tier
 * is read from the tier model's annotation, and a repository takes the
 * strictest of its components' tiers by the model's order.
 */
export async function readCatalogRepositories(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  tiers: GithubCollectorSettings['tiers'],
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
      tier: entity.metadata.annotations?.[tiers.annotation]?.trim(),
    }))
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));

  const byKey = new Map<string, CatalogRepository>();
  const declaredTiers = new Map<string, string[]>();
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
    byKey.set(key, repository);
    if (tier) {
      declaredTiers.set(key, [...(declaredTiers.get(key) ?? []), tier]);
    }
  }
  const repositories = [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, repository]) => {
      const tier = strictestTier(tiers, declaredTiers.get(key) ?? []);
      return tier ? { ...repository, tier } : repository;
    });
  return { repositories, unusable };
}
