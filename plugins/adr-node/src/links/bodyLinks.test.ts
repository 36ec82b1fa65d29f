import { parseMarkdown } from '../markdown/parseMarkdown';
import { findSection } from '../markdown/sections';
import { linksStatedInSection, linksToSiblingDecisions } from './bodyLinks';
import { linkDefinitions } from './linkedText';

describe('linksStatedInSection', () => {
  it('reads adr-tools lines in a Status section', () => {
    const tree = parseMarkdown(
      [
        '## Status',
        '',
        'Accepted',
        '',
        'Supercedes [1. First](0001-first.md)',
        '',
        'Amends [2. Second][second]',
        '',
        'Clarified by [4. Fourth](0004-fourth.md)',
        '',
        '## Context',
        '',
        'Superseded by [9. Not in the section](0009-x.md)',
        '',
        '[second]: 0002-second.md',
      ].join('\n'),
    );
    expect(
      linksStatedInSection(findSection(tree, 'Status')!, linkDefinitions(tree)),
    ).toEqual([
      { kind: 'supersedes', target: '0001-first.md' },
      { kind: 'amends', target: '0002-second.md' },
      { kind: 'relates-to', target: '0004-fourth.md' },
    ]);
  });
});

describe('linksToSiblingDecisions', () => {
  it('reads plain links to records of the same folder as relates-to', () => {
    const tree = parseMarkdown(
      [
        'See [ADR 0016](0016-one-table-one-owner.md), [Buf](./0019-protobuf.md#outcome),',
        '[self](0001-this.md), [index](index.md), [template](adr-template.md),',
        '[other folder](../arch/0002-x.md), [web](https://example.com/0003-y.md),',
        '[anchor](#context), [abs](/docs/0004-z.md), [ref][r], [bad](%E0%A4%A.md).',
        '',
        '[r]: 0005-by-reference.md',
      ].join('\n'),
    );
    expect(linksToSiblingDecisions(tree, '0001-this.md')).toEqual([
      { kind: 'relates-to', target: '0016-one-table-one-owner.md' },
      { kind: 'relates-to', target: './0019-protobuf.md#outcome' },
      { kind: 'relates-to', target: '0005-by-reference.md' },
    ]);
  });
});
