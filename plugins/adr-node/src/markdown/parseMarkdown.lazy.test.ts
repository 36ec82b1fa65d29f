/*
 * The markdown stack loads on the first parse, not with the package: the
 * backend starts without paying for it.
 */
describe('parseMarkdown loading', () => {
  afterEach(() => {
    jest.resetModules();
  });

  it('loads unified and remark on the first parse only', () => {
    const loaded: string[] = [];
    for (const name of [
      'unified',
      'remark-parse',
      'remark-gfm',
      'remark-frontmatter',
    ]) {
      jest.doMock(name, () => {
        loaded.push(name);
        return jest.requireActual(name);
      });
    }
    jest.isolateModules(() => {
      const { parseMarkdown } = require('./parseMarkdown');
      require('../index');
      expect(loaded).toEqual([]);
      const tree = parseMarkdown('---\nstatus: accepted\n---\n# Title\n');
      expect(tree.children.map((node: { type: string }) => node.type)).toEqual([
        'yaml',
        'heading',
      ]);
      expect(loaded.sort()).toEqual([
        'remark-frontmatter',
        'remark-gfm',
        'remark-parse',
        'unified',
      ]);
      parseMarkdown('# Again\n');
      expect(loaded).toHaveLength(4);
    });
  });
});
