import {
  codeSpans,
  parseMarkdownTables,
  plainText,
} from './__testUtils__/markdownTables';

describe('parseMarkdownTables', () => {
  const page = [
    '# Page',
    '## Topics',
    '| Topic | Consumers |',
    '|-------|-----------|',
    '| `a.v1` | `svc-x`, `svc-y` (planned) |',
    '| `b\\|c` | [link](x.md) **bold** |',
    '',
    '```',
    '| not | a table |',
    '|-----|---------|',
    '```',
    '!!! note',
    '    | Tier | Owner |',
    '    |------|-------|',
    '    | T0 | Platform Team |',
  ].join('\n');
  const tables = parseMarkdownTables('page.md', page);

  it('reads each table with its heading, line numbers and cells by column', () => {
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatchObject({ heading: 'Topics', line: 3 });
    expect(tables[0].rows[0]).toEqual({
      line: 5,
      cells: { Topic: '`a.v1`', Consumers: '`svc-x`, `svc-y` (planned)' },
    });
    expect(tables[0].rows[1].cells.Topic).toBe('`b|c`');
    expect(tables[1].rows[0].cells.Owner).toBe('Platform Team');
  });

  it('gives the code spans and the plain text of a cell', () => {
    expect(codeSpans(tables[0].rows[0].cells.Consumers)).toEqual([
      'svc-x',
      'svc-y',
    ]);
    expect(plainText(tables[0].rows[1].cells.Consumers)).toBe('link bold');
  });
});
