import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type {
  OverviewFilters,
  OverviewRow,
  OverviewRowEntity,
  PolicyStateCounts,
  SloOverview,
} from '@localplus/plugin-slo-common';
import { CRITICALITY_ANNOTATION } from '@localplus/plugin-tiers-common';

/**
 * The facets an entity falls under, as the filters name them; its tier is
 * read from the tier model's annotation.
 */
export function entityFacets(entity: Entity, tierAnnotation: string) {
  const spec = (entity.spec ?? {}) as { owner?: unknown; system?: unknown };
  const ref = (value: unknown, kind: string) => {
    if (typeof value !== 'string' || !value) return undefined;
    try {
      return stringifyEntityRef(
        parseEntityRef(value, {
          defaultKind: kind,
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      );
    } catch {
      return undefined;
    }
  };
  return {
    owner: ref(spec.owner, 'group'),
    system: ref(spec.system, 'system'),
    tier: entity.metadata.annotations?.[tierAnnotation],
    criticality: entity.metadata.annotations?.[CRITICALITY_ANNOTATION],
  };
}

/** What the overview row of each of its objectives says of an entity. */
export function overviewRowEntity(
  entity: Entity,
  tierAnnotation: string,
): OverviewRowEntity {
  return {
    entityTitle: entity.metadata.title ?? entity.metadata.name,
    ...entityFacets(entity, tierAnnotation),
  };
}

/** Filters compare without case, so `?tier=t3` matches `T3`. */
export function matchesFilters(
  facets: ReturnType<typeof entityFacets>,
  filters: OverviewFilters,
): boolean {
  return (Object.keys(filters) as Array<keyof OverviewFilters>).every(key => {
    const wanted = filters[key];
    return !wanted || facets[key]?.toLowerCase() === wanted.toLowerCase();
  });
}

/**
 * Most consumed first. Objectives measured only through their last snapshot
 * sort by that snapshot; those with nothing at all go last.
 */
export function sortRows(rows: OverviewRow[]): OverviewRow[] {
  const consumed = (row: OverviewRow) =>
    row.consumedFraction ?? row.lastSnapshot?.consumedFraction ?? -Infinity;
  return [...rows].sort(
    (a, b) =>
      consumed(b) - consumed(a) ||
      a.entityRef.localeCompare(b.entityRef) ||
      a.key.localeCompare(b.key),
  );
}

export function countStates(rows: OverviewRow[]): PolicyStateCounts {
  const counts: PolicyStateCounts = {
    normal: 0,
    careful: 0,
    freeze: 0,
    emergency: 0,
    unknown: 0,
  };
  for (const row of rows) {
    counts[row.state ?? 'unknown'] += 1;
  }
  return counts;
}

export function facetValues(
  entities: Entity[],
  tierAnnotation: string,
): SloOverview['facets'] {
  const facets = entities.map(entity => entityFacets(entity, tierAnnotation));
  const values = (key: keyof ReturnType<typeof entityFacets>) =>
    [
      ...new Set(
        facets
          .map(facet => facet[key])
          .filter((value): value is string => Boolean(value)),
      ),
    ].sort();
  return {
    owners: values('owner'),
    systems: values('system'),
    tiers: values('tier'),
    criticalities: values('criticality'),
  };
}
