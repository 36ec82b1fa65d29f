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

  it('reads Key: value lines under the title when there is no list', () => {
    expect(
      listOf(
        [
          '# ADR 7: Use Kafka',
          '',
          '**Status:** Accepted  ',
          '**Date:** 2024-03-01',
          '__Deciders__: Ana, Bo',
          '',
          'Technical Story: [PAY-12](https://jira.example/PAY-12)',
          '',
          '## Context',
          '',
          'Review by: 2030-01-01',
        ].join('\n'),
      ),
    ).toEqual({
      status: 'Accepted',
      date: '2024-03-01',
      deciders: 'Ana, Bo',
      'technical story': 'PAY-12',
    });
  });

  it('keeps the links of a status line', () => {
    const tree = parseMarkdown(
      '# T\n\nStatus: superseded by [X](0009-x.md)\nDate: 2024-01-01\n',
    );
    expect(
      readStatusList(tree, linkDefinitions(tree)).get('status')!.linked,
    ).toEqual({
      text: 'Status: superseded by \uE0000\uE001',
      urls: ['0009-x.md'],
    });
  });

  it('prefers a status list to the lines around it', () => {
    expect(
      listOf('# T\n\nStatus: from a line\n\n* Status: from the list\n'),
    ).toEqual({ status: 'from the list' });
  });

  it('reads no lines that name no status, deciders or date', () => {
    expect(listOf('# T\n\nNote: a context paragraph\n\n## Context\n')).toEqual(
      {},
    );
  });
});
