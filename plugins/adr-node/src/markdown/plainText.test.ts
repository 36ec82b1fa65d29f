import type { Nodes } from 'mdast';
import { parseMarkdown } from './parseMarkdown';
import {
  markdownLinkLabels,
  plainText,
  plainTextLine,
  stripHtml,
  truncateText,
} from './plainText';

describe('plainText', () => {
  it('reads blocks on their own lines, without markup', () => {
    const tree = parseMarkdown(
      [
        '# A **bold** title',
        '',
        'Text with [a link](x.md), `code` and ![an image](i.png).',
        '',
        '- one',
        '- two',
        '',
        '> quoted',
        '',
        '| a | b |',
        '|---|---|',
        '| c | d |',
        '',
        '```js',
        'const x = 1;',
        '```',
      ].join('\n'),
    );
    expect(plainText(tree)).toBe(
      [
        'A bold title',
        'Text with a link, code and an image.',
        'one',
        'two',
        'quoted',
        'a b',
        'c d',
        'const x = 1;',
      ].join('\n'),
    );
  });

  it('joins a list of blocks with blank lines', () => {
    const tree = parseMarkdown('one\n\ntwo\n');
    expect(plainText(tree.children)).toBe('one\n\ntwo');
  });

  it('drops raw HTML, front matter and tags spelled with character references', () => {
    const tree = parseMarkdown(
      [
        '---',
        'secret: front matter',
        '---',
        '# Use <script>alert(1)</script> &lt;img src=x onerror=alert(2)&gt; now',
        '',
        '<iframe src="https://evil.example.com"></iframe>',
        '',
        'A <img src=x onerror=alert(3)> &lt;img src=y onerror=alert(4) end',
      ].join('\n'),
    );
    const text = plainText(tree);
    expect(text).not.toMatch(/<[a-z!/]/i);
    expect(text).not.toContain('front matter');
    // the dropped HTML block leaves a blank line
    expect(text).toBe('Use alert(1) now\n\nA img src=y onerror=alert(4) end');
  });

  it('walks a very deep tree without overflowing the stack', () => {
    let node: Nodes = { type: 'text', value: 'deep' };
    for (let depth = 0; depth < 100_000; depth++) {
      node = { type: 'emphasis', children: [node] } as Nodes;
    }
    expect(plainText(node)).toBe('deep');
  });

  it('puts everything on one line for plainTextLine', () => {
    const tree = parseMarkdown('# A\n\nb\nc\n');
    expect(plainTextLine(tree)).toBe('A b c');
  });
});

describe('stripHtml', () => {
  it('removes tags and what is left of unclosed ones', () => {
    expect(
      stripHtml('a <b>bold</b> <!-- note --> x < y <img src=x onerror=f()'),
    ).toBe('a  bold  !-- note --> x < y img src=x onerror=f()');
  });

  it('takes linear time on a long run of "<"', () => {
    const started = Date.now();
    stripHtml('<a '.repeat(300_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('markdownLinkLabels', () => {
  it('replaces links by their labels', () => {
    expect(markdownLinkLabels('Superseded by [ADR-0012](0012-x.md)')).toBe(
      'Superseded by ADR-0012',
    );
  });

  it('takes linear time on a long run of "["', () => {
    const started = Date.now();
    markdownLinkLabels('['.repeat(1_000_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('one two three four', 12)).toBe('one two…');
    expect(truncateText('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
