/** One row of a markdown table, with the source line it sits on. */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

/** A GFM table of a page, with the heading it sits under. */
export interface MarkdownTable {
  file: string;
  heading: string;
  line: number;
  header: string[];
  rows: TableRow[];
}

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** Splits a table line on the pipes that are neither escaped nor in a code span. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '\\' && line[i + 1] === '|') {
      current += '|';
      i++;
    } else if (char === '`') {
      inCode = !inCode;
      current += char;
    } else if (char === '|' && !inCode) {
      cells.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  cells.push(current.trim());
  // A row starts and ends with a pipe: drop the empty cells outside them.
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The GFM tables of a markdown page, outside fenced code blocks. Tables
 * indented inside admonitions count too. Cells are keyed by their header
 * text; the raw cell text is kept (code spans, links, emphasis).
 */
export function parseMarkdownTables(
  file: string,
  markdown: string,
): MarkdownTable[] {
  const lines = markdown.split('\n');
  const tables: MarkdownTable[] = [];
  let heading = '';
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    const fenceMatch = /^(`{3,}|~{3,})/.exec(text);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (text.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const headingMatch = /^#{1,6}\s+(.+?)\s*#*$/.exec(text);
    if (headingMatch) {
      heading = headingMatch[1];
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    if (!text.startsWith('|') || !DELIMITER_ROW.test(next)) continue;
    const header = splitCells(text);
    const table: MarkdownTable = {
      file,
      heading,
      line: i + 1,
      header,
      rows: [],
    };
    i += 2;
    while (i < lines.length && lines[i].trim().startsWith('|')) {
      const cells = splitCells(lines[i].trim());
      table.rows.push({
        line: i + 1,
        cells: Object.fromEntries(header.map((h, n) => [h, cells[n] ?? ''])),
      });
      i++;
    }
    i--;
    tables.push(table);
  }
  return tables;
}

/** The names written as code spans in a cell: `svc-ledger` gives svc-ledger. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(match => match[1]);
}

/** A cell as a reader sees it: no emphasis, links reduced to their text. */
export function plainText(cell: string): string {
  return cell
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/`/g, '')
    .trim();
}
