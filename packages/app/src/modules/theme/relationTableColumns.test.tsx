import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { UnifiedThemeProvider } from '@backstage/theme';
import {
  Cell,
  CellText,
  Table as BuiTable,
  type ColumnConfig,
  useTable,
} from '@backstage/ui';
import { lightTheme } from './localplusThemes';
import { PortalGlobalStyles } from './PortalGlobalStyles';
import { RELATION_TABLE_TEXT_LINES } from './relationTableColumns';

type Row = { id: string; name: string };

const text = (id: string, label: string): ColumnConfig<Row> => ({
  id,
  label,
  isSortable: true,
  cell: item => <CellText title={`${id} of ${item.name}`} />,
});

/** A relation table as the catalog's and API docs' cards build it. */
function RelationTable({ columns, name }: { columns: string[]; name: string }) {
  const { tableProps } = useTable({
    mode: 'complete',
    data: [{ id: 'component:default/svc-ledger', name }],
    paginationOptions: { type: 'none' },
  });
  return (
    <BuiTable
      {...tableProps}
      columnConfig={columns.map(
        (id): ColumnConfig<Row> =>
          id === 'name'
            ? {
                id,
                label: 'Name',
                isRowHeader: true,
                cell: item => (
                  <Cell>
                    <span>{item.name}</span>
                  </Cell>
                ),
              }
            : text(id, id),
      )}
    />
  );
}

async function renderTable(columns: string[], name = 'Ledger Service') {
  await renderInTestApp(
    <UnifiedThemeProvider theme={lightTheme}>
      <PortalGlobalStyles />
      <RelationTable columns={columns} name={name} />
    </UnifiedThemeProvider>,
  );
  return (id: string) =>
    getComputedStyle(
      document.querySelector(`th.bui-TableHead[data-key="${id}"]`)!,
    ).width;
}

describe('relation table columns', () => {
  it("gives a component table's columns of short words a fixed width, names and owners a share, the description the rest", async () => {
    const width = await renderTable([
      'name',
      'owner',
      'type',
      'lifecycle',
      'description',
    ]);
    expect(width('name')).toBe('23%');
    expect(width('owner')).toBe('19%');
    expect(width('type')).toBe('116px');
    expect(width('lifecycle')).toBe('110px');
    expect(width('description')).toBe('');
  });

  it('narrows the columns of an API table, which has two more', async () => {
    const width = await renderTable([
      'name',
      'system',
      'owner',
      'apiType',
      'lifecycle',
      'description',
      'apiDefinition',
    ]);
    expect(width('name')).toBe('16%');
    expect(width('system')).toBe('13%');
    expect(width('apiType')).toBe('82px');
    expect(width('apiDefinition')).toBe('94px');
    expect(width('description')).toBe('');
  });

  it('lets headings and text cells wrap, a long text ending after a few lines (Backstage UI ends it with an ellipsis)', async () => {
    await renderTable(['name', 'lifecycle', 'description']);
    const label = screen.getByText('lifecycle').closest('.bui-TableHeadLabel')!;
    expect(getComputedStyle(label).whiteSpace).toBe('normal');
    const description = getComputedStyle(
      screen.getByText('description of Ledger Service'),
    );
    expect(description.whiteSpace).toBe('normal');
    expect(description.getPropertyValue('-webkit-line-clamp')).toBe(
      String(RELATION_TABLE_TEXT_LINES),
    );
  });

  it('breaks an identifier longer than its column rather than hide its end', async () => {
    await renderTable(['name', 'owner'], 'ledger.transactions.v1');
    const cell = screen
      .getByText('ledger.transactions.v1')
      .closest('.bui-TableCell')!;
    expect(getComputedStyle(cell).overflowWrap).toBe('break-word');
  });
});
