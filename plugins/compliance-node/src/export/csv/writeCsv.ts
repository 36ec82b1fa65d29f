import { Utf8Writer, utf8Text } from '../utf8Writer';

/** A cell: text is quoted as needed and defused; numbers are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab
 * and carriage return, that some of them strip before doing so).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it, never run it: text starting
 * with = + - @ tab or carriage return gets a leading apostrophe (OWASP's
 * advice against CSV injection). Numbers are not touched, so `-3` stays a
 * number; only text can carry a formula.
 */
export function defuseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as RFC 4180 writes it: quoted when it holds a quote, comma or line break. */
function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = defuseCell(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document (RFC 4180) as UTF-8 bytes: a header row, then one row per
 * item, fields separated by commas, records ended by CRLF. Written row by
 * row, so hundreds of thousands of rows never make one string.
 *
 * @throws Error when a row has a different number of cells than the header.
 */
export function writeCsvBytes(
  header: string[],
  rows: Iterable<CsvCell[]>,
): Uint8Array {
  const out = new Utf8Writer();
  out.write(`${header.map(field).join(',')}\r\n`);
  let index = 0;
  for (const row of rows) {
    index += 1;
    if (row.length !== header.length) {
      throw new Error(
        `CSV row ${index} has ${row.length} cells; the header has ${header.length}`,
      );
    }
    out.write(`${row.map(field).join(',')}\r\n`);
  }
  return out.bytes();
}

/** `writeCsvBytes` as text, for small documents. */
export function writeCsv(header: string[], rows: Iterable<CsvCell[]>): string {
  return utf8Text(writeCsvBytes(header, rows));
}
