import type { Paragraph, RootContent } from 'mdast';
import { parseMarkdown } from './parseMarkdown';

const paragraphs = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `Paragraph ${i} ${'word '.repeat(30)}`,
  ).join('\n\n');

describe('parseMarkdown', () => {
  it('parses CommonMark, GFM and front matter into mdast', () => {
    const tree = parseMarkdown(
      '---\na: 1\n---\n# Title\n\n| a |\n|---|\n| ~~b~~ |\n',
    );
    expect(tree.children.map(node => node.type)).toEqual([
      'yaml',
      'heading',
      'table',
    ]);
  });

  it('gives later segments positions in the whole document', () => {
    const markdown = `${paragraphs(100)}\n\n## Far heading\n\ntext\n`;
    const tree = parseMarkdown(markdown);
    const heading = tree.children.find(node => node.type === 'heading')!;
    const { start, end } = heading.position!;
    expect(markdown.slice(start.offset, end.offset)).toBe('## Far heading');
    expect(start.line).toBe(markdown.split('\n').indexOf('## Far heading') + 1);
    expect(start.column).toBe(1);
  });

  it('reads a thematic break in a later segment as a break, not front matter', () => {
    const tree = parseMarkdown(`${paragraphs(100)}\n\n---\nnot: yaml\n---\n`);
    expect(tree.children.some(node => node.type === 'yaml')).toBe(false);
  });

  it('keeps fenced code that spans a forced cut as code', () => {
    const code = Array.from({ length: 600 }, (_, i) => `# comment ${i}`).join(
      '\n',
    );
    const markdown = `# Title\n\n\`\`\`bash\n${code}\n\`\`\`\n`;
    const tree = parseMarkdown(markdown);
    const headings = tree.children.filter(node => node.type === 'heading');
    expect(headings).toHaveLength(1);
    const codeNodes = tree.children.filter(node => node.type === 'code');
    expect(codeNodes.length).toBeGreaterThan(1);
    for (const node of codeNodes) {
      const { start, end } = node.position!;
      expect(markdown.slice(start.offset, end.offset)).toContain('# comment');
    }
  });

  it('keeps blocks too slow to parse as raw text, saying why', () => {
    const tree = parseMarkdown(`# T\n\n${'>'.repeat(1000)} x\n\nafter\n`);
    const raw = tree.children[1] as Paragraph;
    expect(raw.data?.unparsed).toMatch(/nests more than 32/);
    expect(raw.children[0].type).toBe('text');
    expect(
      (raw.children[0] as { value: string }).value ===
        `${'>'.repeat(1000)} x\n`,
    ).toBe(true);
    expect(tree.children[2]).toMatchObject({ type: 'paragraph' });
  });

  it('keeps the rest as raw text once the time limit has passed', () => {
    const markdown = `# Title\n\n${paragraphs(400)}\n\n## Late heading\n`;
    const tree = parseMarkdown(markdown, { timeLimitMs: 0 });
    const last = tree.children[tree.children.length - 1] as Paragraph;
    expect(last.data?.unparsed).toBe('parsing took longer than 0 ms');
    expect(
      tree.children.filter((node: RootContent) => node.type === 'heading'),
    ).toHaveLength(1);
    const value = (last.children[0] as { value: string }).value;
    expect(markdown.endsWith(value)).toBe(true);
    expect(value).toContain('## Late heading');
  });

  it.each([
    ['100k nested ">"', `${'>'.repeat(100_000)} x`],
    ['100k "["', '['.repeat(100_000)],
    ['100k "[" closed', `${'['.repeat(50_000)}${']'.repeat(50_000)}(x)`],
    ['nested emphasis', `${'*_'.repeat(50_000)}`],
    ['unclosed links', '[a](b '.repeat(20_000)],
    ['nested lists on one line', `${'- '.repeat(50_000)}x`],
    [
      'lists nested by indentation',
      Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join(
        '\n',
      ),
    ],
    ['deep quote lines', `${'>'.repeat(32)} x\n`.repeat(20_000)],
  ])(
    'does not hang on %s',
    (_name, markdown) => {
      const started = Date.now();
      const tree = parseMarkdown(`# T\n\n${markdown}\n`);
      expect(tree.children[0]).toMatchObject({ type: 'heading' });
      expect(Date.now() - started).toBeLessThan(15_000);
    },
    30_000,
  );
});
