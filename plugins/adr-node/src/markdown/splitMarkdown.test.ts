import {
  MAX_INLINE_MARKERS_PER_BLOCK,
  MAX_MARKDOWN_LINE_LENGTH,
  MAX_MARKDOWN_NESTING,
  splitMarkdown,
} from './splitMarkdown';

const paragraph = (words: number) => `${'word '.repeat(words).trim()}\n`;

function joined(markdown: string) {
  return splitMarkdown(markdown)
    .map(segment => segment.text)
    .join('');
}

describe('splitMarkdown', () => {
  it('keeps a small document in one markdown segment', () => {
    expect(splitMarkdown('# Title\n\nText.\n')).toEqual([
      { kind: 'markdown', text: '# Title\n\nText.\n', offset: 0, line: 1 },
    ]);
    expect(splitMarkdown('')).toEqual([]);
  });

  it('cuts a long document at blank lines into segments that cover it exactly', () => {
    const markdown = Array.from({ length: 200 }, () => paragraph(40)).join(
      '\n',
    );
    const segments = splitMarkdown(markdown);
    expect(segments.length).toBeGreaterThan(10);
    expect(joined(markdown)).toBe(markdown);
    for (const segment of segments) {
      expect(segment.kind).toBe('markdown');
      expect(
        markdown.slice(segment.offset, segment.offset + segment.text.length),
      ).toBe(segment.text);
      expect(segment.line).toBe(
        markdown.slice(0, segment.offset).split('\n').length,
      );
      // every cut falls right after a blank line
      expect(
        segment.offset === 0 ||
          markdown.slice(segment.offset - 2, segment.offset) === '\n\n',
      ).toBe(true);
    }
  });

  it('does not cut fenced code at its blank lines, and reopens the fence after a forced cut', () => {
    const code = Array.from({ length: 2000 }, (_, i) => `line ${i}\n\n`).join(
      '',
    );
    const markdown = `# Code\n\n~~~~ python\n${code}~~~~\n\nAfter.\n`;
    const segments = splitMarkdown(markdown);
    expect(joined(markdown)).toBe(markdown);
    const inside = segments.slice(1, -1);
    expect(inside.length).toBeGreaterThan(0);
    for (const segment of inside) expect(segment.fence).toBe('~~~~ python');
    expect(segments[segments.length - 1].text).toContain('After.');
  });

  it('cuts a block without blank lines at a line end', () => {
    const table = `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(2000)}`;
    const segments = splitMarkdown(table);
    expect(segments.length).toBeGreaterThan(2);
    expect(joined(table)).toBe(table);
    for (const segment of segments)
      expect(segment.text.endsWith('\n')).toBe(true);
  });

  it('keeps too deeply nested quotes raw, up to the next blank line', () => {
    const quotes = `${'>'.repeat(1000)} x\nlazy line\n`;
    const segments = splitMarkdown(`# T\n\nok\n\n${quotes}\nafter\n`);
    expect(segments.map(segment => segment.kind)).toEqual([
      'markdown',
      'raw',
      'markdown',
    ]);
    expect(segments[1].text === quotes).toBe(true);
    expect(segments[1].line).toBe(5);
    expect(segments[1].reason).toBe(
      `line 5 nests more than ${MAX_MARKDOWN_NESTING} block quotes or list items`,
    );
    expect(segments[2].text).toBe('\nafter\n');
  });

  it('allows nesting up to the limit', () => {
    const nested = `${'> '.repeat(MAX_MARKDOWN_NESTING)}x\n`;
    expect(splitMarkdown(nested)[0].kind).toBe('markdown');
    expect(splitMarkdown(`- ${nested}`)[0].kind).toBe('raw');
  });

  it('keeps lists nested by deep indentation raw', () => {
    const markdown = `- a\n${' '.repeat(120)}- b\n`;
    expect(splitMarkdown(markdown)[0]).toMatchObject({
      kind: 'raw',
      reason: 'line 2 indents a list or quote marker 120 columns',
    });
  });

  it('keeps a paragraph dense with emphasis or link markers raw, from its first line', () => {
    const dense = `${'*a'.repeat(
      MAX_INLINE_MARKERS_PER_BLOCK / 2,
    )}\n${'[b'.repeat(MAX_INLINE_MARKERS_PER_BLOCK / 2 + 1)}\n`;
    const segments = splitMarkdown(`# T\n\n${dense}\nnext\n`);
    expect(segments[1].kind).toBe('raw');
    expect(segments[1].text === dense).toBe(true);
    expect(segments[1].line).toBe(3);
    expect(segments[2]).toMatchObject({ kind: 'markdown', text: '\nnext\n' });
    // the same markers spread over paragraphs are fine
    const spread = `${'*a'.repeat(
      MAX_INLINE_MARKERS_PER_BLOCK / 2,
    )}\n\n${'[b'.repeat(MAX_INLINE_MARKERS_PER_BLOCK / 2 + 1)}\n`;
    expect(splitMarkdown(spread).every(s => s.kind === 'markdown')).toBe(true);
  });

  it('keeps a very long line raw, unless it is fenced code', () => {
    const long = `${'x'.repeat(MAX_MARKDOWN_LINE_LENGTH + 1)}\n`;
    expect(splitMarkdown(long)[0].kind).toBe('raw');
    expect(
      splitMarkdown(`\`\`\`\n${long}\`\`\`\n`).every(
        s => s.kind === 'markdown',
      ),
    ).toBe(true);
  });

  it('does not count markers inside fenced code', () => {
    const code = `\`\`\`\n${'*'.repeat(
      MAX_INLINE_MARKERS_PER_BLOCK * 2,
    )}\n\`\`\`\n`;
    expect(splitMarkdown(code).every(s => s.kind === 'markdown')).toBe(true);
  });

  it('scans a 1 MB hostile line in linear time', () => {
    const started = Date.now();
    splitMarkdown(`${'[*~> - 1. '.repeat(100_000)}\n`);
    splitMarkdown('\n'.repeat(1_000_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
