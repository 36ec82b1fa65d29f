import { TableColumn } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { DEFAULT_TIER_ANNOTATION } from '@localplus/plugin-tiers-common';
import { TierCell } from './TierCell';

/**
 * The Tier column's width: room for the badge's id and the heading's sort
 * arrow. In a table the badge reads `T3`, its whole label on hover (see
 * TierChip).
 */
export const TIER_COLUMN_WIDTH_PX = 88;

/**
 * A catalog table column showing the declared tier as a badge (`T3`), sortable
 * and searchable on the tier id. Fits `CatalogIndexPage`'s `columns` and
 * `CatalogTable`'s `columns`, whose rows carry the entity.
 */
export function createTierColumn<T extends { entity: Entity }>(
  options: { title?: string; annotation?: string } = {},
): TableColumn<T> {
  const annotation = options.annotation ?? DEFAULT_TIER_ANNOTATION;
  const tierOf = (row: T) =>
    row.entity.metadata.annotations?.[annotation] ??
    row.entity.metadata.labels?.[annotation] ??
    '';
  return {
    title: options.title ?? 'Tier',
    field: `entity.metadata.annotations.${annotation}`,
    width: `${TIER_COLUMN_WIDTH_PX}px`,
    // Untiered entities (other systems) sort after T0-T5.
    customSort: (a, b) =>
      (tierOf(a) || '\uffff').localeCompare(tierOf(b) || '\uffff'),
    customFilterAndSearch: (query, row) =>
      tierOf(row)
        .toLocaleLowerCase('en-US')
        .includes(String(query).toLocaleLowerCase('en-US')),
    render: row => <TierCell entity={row.entity} />,
  };
}
