import { parseMarkdown } from '../markdown/parseMarkdown';
import { linkDefinitions } from '../links/linkedText';
import { readStatusList } from './statusList';

function listOf(markdown: string) {
  const tree = parseMarkdown(markdown);
  return Object.fromEntries(
    [...readStatusList(tree, linkDefinitions(tree))].map(([key, field]) => [
      key,
      field.value,
    ]),
  );
}

describe('readStatusList', () => {
  it('reads a MADR 2 list under the title', () => {
    expect(
      listOf(
        [
          '# Title',
          '',
          '* Status: superseded by [ADR-0005](0005-example.md) <!-- optional -->',
          '* Deciders: Ana, Bo',
          '* Date: 2019-05-14',
          '',
          '## Context and Problem Statement',
          '',
          '* Status: not this one',
        ].join('\n'),
      ),
    ).toEqual({
      status: 'superseded by ADR-0005',
      deciders: 'Ana, Bo',
      date: '2019-05-14',
    });
  });

  it.each([
    ['- **Status:** Accepted', 'Accepted'],
    ['- **Status**: Accepted', 'Accepted'],
    ['- __Status__: Accepted', 'Accepted'],
    ['+ Status : Accepted', 'Accepted'],
  ])('reads the variant %p', (item, value) => {
    expect(listOf(`# T\n\n${item}\n${item[0]} Decision-Makers: Ana\n`)).toEqual(
      {
        status: value,
        'decision makers': 'Ana',
      },
    );
  });

  it('keeps the links of each item', () => {
    const tree = parseMarkdown(
      '# T\n\n* Status: superseded by [X][x]\n\n[x]: 0009-x.md\n',
    );
    expect(
      readStatusList(tree, linkDefinitions(tree)).get('status')!.linked,
    ).toEqual({
      text: 'Status: superseded by \uE0000\uE001',
      urls: ['0009-x.md'],
    });
  });

  it('ignores lists that are not status lists, and lists after the first section', () => {
    expect(listOf('# T\n\n- one\n- two\n')).toEqual({});
    expect(listOf('# T\n\n## Drivers\n\n- Status: driver\n')).toEqual({});
    expect(listOf('- Status: accepted\n\n## No title\n')).toEqual({
      status: 'accepted',
    });
  });
});
