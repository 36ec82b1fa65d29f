import {
  FRONT_MATTER_MAX_ALIASES,
  hasFrontMatter,
  readFrontMatter,
} from './frontMatter';

describe('readFrontMatter', () => {
  it('reads a mapping and returns the markdown after it', () => {
    expect(
      readFrontMatter(
        '---\nstatus: accepted\ndate: 2024-03-01\nunknown: kept\n---\n\n# Title\n',
      ),
    ).toEqual({
      present: true,
      data: { status: 'accepted', date: '2024-03-01', unknown: 'kept' },
      body: '# Title\n',
    });
  });

  it('reads dates as the text written (YAML 1.2 core schema)', () => {
    expect(readFrontMatter('---\ndate: 2024-03-01\n---\n').data.date).toBe(
      '2024-03-01',
    );
  });

  it('handles CRLF line ends and a byte order mark', () => {
    expect(readFrontMatter('\uFEFF---\r\nstatus: x\r\n---\r\n# T\r\n')).toEqual(
      {
        present: true,
        data: { status: 'x' },
        body: '# T\r\n',
      },
    );
  });

  it('reads an empty front matter as an empty mapping', () => {
    expect(readFrontMatter('---\n---\n# T').data).toEqual({});
  });

  it('returns the whole text when there is no front matter', () => {
    expect(readFrontMatter('\n\n# T\n\n---\na: b\n---\n')).toEqual({
      present: false,
      data: {},
      body: '# T\n\n---\na: b\n---\n',
    });
    expect(hasFrontMatter('# T')).toBe(false);
    expect(hasFrontMatter('---\n')).toBe(true);
  });

  it('keeps a __proto__ key as an ordinary key', () => {
    const { data } = readFrontMatter('---\n__proto__: {polluted: true}\n---\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(data)).toEqual(['__proto__']);
  });

  it('refuses a front matter that is never closed', () => {
    expect(() => readFrontMatter('---\nstatus: accepted\n# T\n')).toThrow(
      'the front matter that opens on line 1 is never closed by a "---" line',
    );
  });

  it('refuses invalid YAML, naming the error', () => {
    expect(() => readFrontMatter('---\nstatus: [accepted\n---\n')).toThrow(
      /^the front matter is not valid YAML: .*line \d+/,
    );
    expect(() => readFrontMatter('---\na: 1\na: 2\n---\n')).toThrow(
      /not valid YAML: Map keys must be unique/,
    );
  });

  it('refuses a YAML bomb', () => {
    const bomb = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '---',
    ].join('\n');
    expect(() => readFrontMatter(bomb)).toThrow(
      /^the front matter was refused: Excessive alias count/,
    );
  });

  it(`allows up to ${FRONT_MATTER_MAX_ALIASES} aliases`, () => {
    const few = `---\nteam: &team [Ana, Bo]\ndeciders: *team\nconsulted: *team\n---\n`;
    expect(readFrontMatter(few).data.consulted).toEqual(['Ana', 'Bo']);
  });

  it.each([
    ['a list', '- accepted\n- 2024-01-01', 'a list'],
    ['a string', 'just text', 'a string (just text)'],
    ['a number', '42', 'a number (42)'],
  ])('refuses front matter that is %s', (_name, yaml, described) => {
    expect(() => readFrontMatter(`---\n${yaml}\n---\n# T`)).toThrow(
      `the front matter must be a mapping of keys to values, not ${described}`,
    );
  });

  it('refuses deeply nested YAML without crashing', () => {
    expect(() =>
      readFrontMatter(`---\na: ${'['.repeat(20_000)}\n---\n`),
    ).toThrow(/^the front matter is not valid YAML/);
  });
});
