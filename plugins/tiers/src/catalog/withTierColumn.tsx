import { TableColumn } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { createTierColumn } from './createTierColumn';

/**
 * The catalog table's columns with the tier placed after the name, and the
 * table opened sorted by tier, T0 first: entities the tier model governs
 * (when `inScope` says so) before the others, untiered entities last. The
 * columns are otherwise as given: how their cells wrap is the table's
 * concern.
 */
export function withTierColumn<T extends { entity: Entity }>(
  columns: TableColumn<T>[],
  options: {
    annotation?: string;
    /** Entities the tier model governs sort before all others. */
    inScope?: (entity: Entity) => boolean;
  } = {},
): TableColumn<T>[] {
  const base = createTierColumn<T>(options);
  const inScope = options.inScope;
  const tier: TableColumn<T> = {
    ...base,
    defaultSort: 'asc',
    customSort: inScope
      ? (a, b, type) =>
          Number(!inScope(a.entity)) - Number(!inScope(b.entity)) ||
          base.customSort!(a, b, type)
      : base.customSort,
  };
  const [first, ...rest] = columns;
  const nameIndex = rest.findIndex(column => column.highlight);
  if (nameIndex < 0) {
    return [first, tier, ...rest];
  }
  return [
    first,
    ...rest.slice(0, nameIndex + 1),
    tier,
    ...rest.slice(nameIndex + 1),
  ];
}
