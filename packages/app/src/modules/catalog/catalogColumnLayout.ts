import { TableColumn } from '@backstage/core-components';
import type { CatalogTableRow } from '@backstage/plugin-catalog';

/**
 * How the catalog table's columns share its width (a fixed layout: columns
 * keep their share whatever their values, and long values wrap inside).
 *
 * Each share leaves room for the longest single word the catalog puts in
 * that column, with the cell's padding and icon: "Documentation" as a system,
 * "Infrastructure" as an owner, "documentation" as a type, about 145 px. The
 * name takes what is left ("LOCAL-PLUS Documentation" in bold needs 176 px),
 * the Tier badge and the actions a fixed 88 and 96 px. Not every column fits
 * on a narrower screen, so the least needed go first, each still a filter in
 * the sidebar: the tags below 1440 px, the type too below 1280 px.
 */
export type CatalogTableWidth = 'wide' | 'medium' | 'narrow';

/** Smallest screen width, in px, for each table layout but the narrow one. */
export const CATALOG_TABLE_MIN_SCREEN_PX = { wide: 1440, medium: 1280 };

const SYSTEM = 'resolved.partOfSystemRelationTitle';
const OWNER = 'resolved.ownedByRelationsTitle';
const TYPE = 'entity.spec.type';
const TAGS = 'entity.metadata.tags';
/** The name column takes the width the others leave. */
const NAME = 'resolved.entityRef';

const SHARES: Record<CatalogTableWidth, Record<string, string>> = {
  // The table is 977 px wide at 1440.
  wide: { [SYSTEM]: '15.5%', [OWNER]: '15%', [TYPE]: '15%', [TAGS]: '14%' },
  // 844 px at 1280.
  medium: { [SYSTEM]: '18%', [OWNER]: '17.5%', [TYPE]: '17.5%' },
  // 760 px at 1024, the filters folded away.
  narrow: { [SYSTEM]: '20%', [OWNER]: '19.5%' },
};

const HIDDEN: Record<CatalogTableWidth, Set<string>> = {
  wide: new Set(),
  medium: new Set([TAGS]),
  narrow: new Set([TAGS, TYPE]),
};

// Lifecycle has its own filter in the sidebar, and descriptions only fit as a
// few truncated words: both hidden at every width.
const ALWAYS_HIDDEN = new Set([
  'entity.spec.lifecycle',
  'entity.metadata.description',
]);

/** One column as the layout wants it: its share, hidden or not, cells wrapping between words. */
export function layOutColumn(
  column: TableColumn<CatalogTableRow>,
  tableWidth: CatalogTableWidth,
): TableColumn<CatalogTableRow> {
  const field = String(column.field);
  const width =
    field === NAME ? 'auto' : SHARES[tableWidth][field] ?? column.width;
  const hidden = Boolean(
    column.hidden || ALWAYS_HIDDEN.has(field) || HIDDEN[tableWidth].has(field),
  );
  return {
    ...column,
    width,
    hidden,
    cellStyle: {
      ...(typeof column.cellStyle === 'object' ? column.cellStyle : {}),
      wordBreak: 'normal' as const,
      // Only a word longer than its cell breaks. A name sits in a flex box
      // with its icon, where 'break-word' would keep an untitled entity's
      // long name ("merchant.onboarded.v1") whole and cut it off at the
      // cell's edge: 'anywhere' lets it break. Systems and owners are
      // titles, whose longest words the shares above leave room for.
      overflowWrap: field === NAME ? 'anywhere' : 'break-word',
    },
  };
}
