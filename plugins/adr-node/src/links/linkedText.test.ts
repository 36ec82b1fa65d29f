import { parseMarkdown } from '../markdown/parseMarkdown';
import { linkDefinitions, linkedTextOfNode } from './linkedText';

describe('linkedTextOfNode', () => {
  it('reads inline and reference links as placeholders, words as text', () => {
    const tree = parseMarkdown(
      'Supersedes **[1. A](0001-a.md)** and [B][b], `code`, [missing][none]\n\n[b]: ./0002-b.md\n',
    );
    const definitions = linkDefinitions(tree);
    expect(definitions).toEqual(new Map([['b', './0002-b.md']]));
    expect(linkedTextOfNode(tree.children[0], definitions)).toEqual({
      // a reference without a definition is not a link in CommonMark
      text: 'Supersedes \uE0000\uE001 and \uE0001\uE001, code, [missing][none]',
      urls: ['0001-a.md', './0002-b.md'],
    });
  });

  it('reads the blocks of a list item as lines', () => {
    const tree = parseMarkdown('- Accepted\n\n  Supersedes [1](0001-a.md)\n');
    const item = (tree.children[0] as { children: any[] }).children[0];
    expect(linkedTextOfNode(item).text).toBe(
      'Accepted\nSupersedes \uE0000\uE001',
    );
  });
});
