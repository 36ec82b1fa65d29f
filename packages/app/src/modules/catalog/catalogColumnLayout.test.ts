import { TableColumn } from '@backstage/core-components';
import type { CatalogTableRow } from '@backstage/plugin-catalog';
import { TIER_COLUMN_WIDTH_PX } from '@localplus/plugin-tiers';
import { CatalogTableWidth, layOutColumn } from './catalogColumnLayout';

type Column = TableColumn<CatalogTableRow>;

// The component list's columns as CatalogTable 1.55 gives them.
const COMPONENT_COLUMNS: Column[] = [
  { title: 'Name', field: 'resolved.entityRef', highlight: true },
  { title: 'System', field: 'resolved.partOfSystemRelationTitle' },
  { title: 'Owner', field: 'resolved.ownedByRelationsTitle' },
  { title: 'Type', field: 'entity.spec.type' },
  { title: 'Lifecycle', field: 'entity.spec.lifecycle' },
  { title: 'Description', field: 'entity.metadata.description' },
  { title: 'Tags', field: 'entity.metadata.tags', width: 'auto' },
];
// The Tier column's and the actions' fixed widths (the actions: CatalogTable's).
const FIXED_PX = TIER_COLUMN_WIDTH_PX + 96;
// The table's width at the narrowest screen of each layout (measured in
// Chromium: 1024, 1280 and 1440 px).
const TABLE_PX: Record<CatalogTableWidth, number> = {
  narrow: 760,
  medium: 844,
  wide: 977,
};
const WIDTHS = Object.keys(TABLE_PX) as CatalogTableWidth[];

const shown = (tableWidth: CatalogTableWidth) =>
  COMPONENT_COLUMNS.map(c => layOutColumn(c, tableWidth)).filter(
    c => !c.hidden,
  );

const px = (share: unknown, tableWidth: CatalogTableWidth) =>
  (TABLE_PX[tableWidth] * parseFloat(String(share))) / 100;

describe('layOutColumn', () => {
  it('leaves out the tags below 1440 px and the type below 1280 px, lifecycle and description always', () => {
    expect(shown('wide').map(c => c.title)).toEqual([
      'Name',
      'System',
      'Owner',
      'Type',
      'Tags',
    ]);
    expect(shown('medium').map(c => c.title)).toEqual([
      'Name',
      'System',
      'Owner',
      'Type',
    ]);
    expect(shown('narrow').map(c => c.title)).toEqual([
      'Name',
      'System',
      'Owner',
    ]);
  });

  it('gives each column shown room for its longest word, the name what the others leave', () => {
    for (const tableWidth of WIDTHS) {
      const others = shown(tableWidth).slice(1);
      for (const column of others) {
        // "documentation", "Infrastructure": 145 px with padding and icon.
        expect(px(column.width, tableWidth)).toBeGreaterThanOrEqual(
          column.title === 'Tags' ? 130 : 145,
        );
      }
      const name =
        TABLE_PX[tableWidth] -
        FIXED_PX -
        others.reduce((sum, c) => sum + px(c.width, tableWidth), 0);
      // "LOCAL-PLUS Documentation" in bold, its icon and padding.
      expect(name).toBeGreaterThanOrEqual(176);
    }
    expect(layOutColumn(COMPONENT_COLUMNS[0], 'wide').width).toBe('auto');
  });

  it('keeps a column it does not know as it was', () => {
    const domain: Column = { title: 'Domain', field: 'x.domain', width: '10%' };
    expect(layOutColumn(domain, 'narrow')).toMatchObject({
      width: '10%',
      hidden: false,
    });
  });

  it('wraps cells between words, keeping a column’s own cell style but not its wrapping', () => {
    const owner = COMPONENT_COLUMNS.find(
      column => column.field === 'resolved.ownedByRelationsTitle',
    )!;
    const column = layOutColumn(
      { ...owner, cellStyle: { fontWeight: 700, overflowWrap: 'normal' } },
      'wide',
    );
    expect(column.cellStyle).toEqual({
      wordBreak: 'normal',
      overflowWrap: 'break-word',
      fontWeight: 700,
    });
  });

  it('lets a name longer than its column break anywhere rather than be cut off', () => {
    const name = COMPONENT_COLUMNS.find(
      column => column.field === 'resolved.entityRef',
    )!;
    expect(layOutColumn(name, 'wide').cellStyle).toMatchObject({
      wordBreak: 'normal',
      overflowWrap: 'anywhere',
    });
  });
});
