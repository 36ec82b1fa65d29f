/**
 * Column widths of the entity pages' relation tables (Has components,
 * Provided APIs, Depends on resources, Has systems...): Backstage UI's tables
 * with a fixed layout and no widths, so every column got an equal share. In a
 * 740 px card a seven-column API table then gave "Lifecycle" and "Description"
 * 106 px each: headings ended in an ellipsis ("Lifecy…", "Descr…"), names
 * broke ("ledger.tran / sactions.v1") and a description showed eight letters,
 * while "gRPC" sat in a column as wide as the name's.
 *
 * Columns whose values are short words (a lifecycle, a type, the definition
 * button) get a fixed width that holds the longest of them and its heading
 * whole ("experimental", "infrastructure", "AsyncAPI", "Definition"); names,
 * systems and owners a share of the table ("Engagement Team" on two lines at
 * the narrowest card, 736 px at 1024 px); the description takes the rest,
 * over up to three lines, so that a wider card gives it all the room it
 * adds. Keyed by the column ids upstream's column presets give (`data-key`
 * on each heading cell).
 */

/** CSS widths, by column id, in the catalog's cards. */
const ENTITY_COLUMNS: Record<string, string> = {
  name: '23%',
  owner: '19%',
  type: '116px',
  lifecycle: '110px',
};

/**
 * The API cards (Provided APIs, Consumed APIs, Has APIs): two more columns,
 * the system and a button opening the definition.
 */
const API_COLUMNS: Record<string, string> = {
  name: '16%',
  system: '13%',
  owner: '17%',
  apiType: '82px',
  lifecycle: '110px',
  apiDefinition: '94px',
};

/** Space on each side of a cell's content, in px (Backstage UI's is 12). */
const CELL_SIDE_PADDING_PX = 8;

/** Rows are no taller than this many lines of a text cell (a description). */
export const RELATION_TABLE_TEXT_LINES = 3;

function widths(table: string, columns: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(columns).map(([key, width]) => [
      `${table} th.bui-TableHead[data-key="${key}"]`,
      { width },
    ]),
  );
}

/** Global style rules (JSS `@global` entries) for the relation tables. */
export const relationTableRules = {
  ...widths('.bui-Table', ENTITY_COLUMNS),
  ...widths('.bui-Table:has(th[data-key="apiType"])', API_COLUMNS),
  '.bui-Table .bui-TableHead, .bui-Table .bui-TableCell': {
    paddingLeft: CELL_SIDE_PADDING_PX,
    paddingRight: CELL_SIDE_PADDING_PX,
  },
  // A heading narrower than its words wraps between them ("API /
  // Definition") instead of ending in an ellipsis.
  '.bui-TableHeadLabel': { whiteSpace: 'normal' },
  // The sort arrow, drawn only on hover or once sorted, kept its width
  // beside every heading (20 px: "Type" needed a column of 80). It sits in
  // the heading's right padding instead.
  'th.bui-TableHead[data-allows-sorting]': { position: 'relative' },
  'th.bui-TableHead[data-allows-sorting] .bui-TableHeadSortButton': {
    position: 'absolute',
    right: 0,
    top: '50%',
    transform: 'translateY(-50%)',
  },
  // Text cells (type, lifecycle, description) wrap instead of keeping one
  // line: a long description reads over a few lines, then ends in an
  // ellipsis and stays whole on hover (its title).
  '.bui-TableCell .bui-Text[data-truncate]': {
    whiteSpace: 'normal',
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: String(RELATION_TABLE_TEXT_LINES),
  },
};
