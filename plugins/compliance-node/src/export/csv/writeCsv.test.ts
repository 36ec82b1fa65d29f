import { parseCsvWithPython } from '../../__testUtils__/parseCsvWithPython';
import { defuseCell, writeCsv } from './writeCsv';

describe('writeCsv', () => {
  it('ends every record with CRLF and quotes only fields that need it', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['plain', 'with,comma'],
          ['say "hi"', 'two\nlines'],
        ],
      ),
    ).toBe('a,b\r\nplain,"with,comma"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('reads back exactly through an independent RFC 4180 parser', () => {
    const rows = [
      [
        'quote " inside',
        'comma, inside',
        'line\r\nbreak',
        'unicode é 😀 \u2028',
        '',
      ],
      ['a', 'b', 'c', 'd', 'e'],
    ];

    expect(
      parseCsvWithPython(writeCsv(['1', '2', '3', '4', '5'], rows)),
    ).toEqual([['1', '2', '3', '4', '5'], ...rows]);
  });

  it.each([
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1)',
    '\tcmd',
    '\rcmd',
    '=HYPERLINK("http://x","y")',
  ])('defuses the formula-like text %j with a leading apostrophe', text => {
    const [, [cell]] = parseCsvWithPython(writeCsv(['x'], [[text]]));

    expect(cell).toBe(`'${text}`);
    expect(defuseCell(text)).toBe(`'${text}`);
  });

  it('leaves text that only contains formula characters later, and numbers, as they are', () => {
    const [, row] = parseCsvWithPython(
      writeCsv(['a', 'b', 'c', 'd', 'e'], [['a=1', 'x-y', -3, 0.25, true]]),
    );

    expect(row).toEqual(['a=1', 'x-y', '-3', '0.25', 'true']);
  });

  it('writes empty fields for absent values', () => {
    expect(writeCsv(['a', 'b', 'c'], [[null, undefined, '']])).toBe(
      'a,b,c\r\n,,\r\n',
    );
  });

  it('refuses a row that does not match the header', () => {
    expect(() => writeCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(
      'CSV row 2 has 1 cells; the header has 2',
    );
  });
});
