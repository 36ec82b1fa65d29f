import { Entity } from '@backstage/catalog-model';
import {
  DefaultEntityFilters,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import {
  DEFAULT_TIER_ANNOTATION,
  TierModel,
} from '@localplus/plugin-tiers-common';

/** The key of the tier filter in the catalog's filters and query string. */
export const TIER_FILTER_NAME = 'tiers';

/**
 * Keeps the entities that declare one of the given tiers. The catalog backend
 * filters on the tier annotation (its filters ignore case); on the frontend
 * the annotation is read first, then the lower-case label the tier processor
 * mirrors it into.
 */
export class EntityTierFilter implements EntityFilter {
  readonly values: string[];
  private readonly annotation: string;

  constructor(
    values: string[],
    model: Pick<TierModel, 'annotation'> = {
      annotation: DEFAULT_TIER_ANNOTATION,
    },
  ) {
    this.values = values;
    this.annotation = model.annotation;
  }

  getCatalogFilters(): Record<string, string[]> {
    return { [`metadata.annotations.${this.annotation}`]: this.values };
  }

  filterEntity(entity: Entity): boolean {
    const declared =
      entity.metadata.annotations?.[this.annotation] ??
      entity.metadata.labels?.[this.annotation];
    if (!declared) {
      return false;
    }
    const tier = declared.toLocaleUpperCase('en-US');
    return this.values.some(v => v.toLocaleUpperCase('en-US') === tier);
  }

  toQueryValue(): string[] {
    return this.values;
  }
}

/** The catalog's filters, with the tier filter added. */
export type TierEntityFilters = DefaultEntityFilters & {
  [TIER_FILTER_NAME]?: EntityTierFilter;
};
