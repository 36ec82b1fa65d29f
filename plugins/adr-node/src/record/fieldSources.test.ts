import { decisionFile } from '../__testUtils__/fixtureFile';
import {
  frontMatterFields,
  statusListFields,
  statusSectionFields,
} from './fieldSources';
import { readRecordParts } from './recordParts';

const parts = (text: string) =>
  readRecordParts(decisionFile('0001-x.md', text));

describe('field sources', () => {
  it('reads front matter fields in their spellings', () => {
    expect(
      frontMatterFields(
        parts(
          [
            '---',
            'status: Superseded by [ADR-0012](0012-x.md)',
            'date: 2024-03-01',
            'decision_makers: [Ana, Bo]',
            'deciders: ignored',
            'consulted: Security',
            'informed: []',
            'tags: a, b',
            'reviewBy: 2025-03-01',
            '---',
            '# T',
          ].join('\n'),
        ),
      ),
    ).toEqual({
      status: { status: 'superseded', statusText: 'Superseded by ADR-0012' },
      date: '2024-03-01',
      decisionMakers: ['Ana', 'Bo'],
      consulted: ['Security'],
      informed: undefined,
      tags: ['a', 'b'],
      reviewBy: '2025-03-01',
    });
  });

  it('reads a status list', () => {
    expect(
      statusListFields(
        parts(
          '# T\n\n- Status: draft\n- Deciders: Ana and Bo\n- Tags: x y\n- Review by: 2025-01-01\n',
        ),
      ),
    ).toEqual({
      status: { status: 'proposed', statusText: 'draft' },
      date: undefined,
      decisionMakers: ['Ana', 'Bo'],
      consulted: undefined,
      informed: undefined,
      tags: ['x', 'y'],
      reviewBy: '2025-01-01',
    });
  });

  it('reads a Nygard status section and date line', () => {
    expect(
      statusSectionFields(
        parts(
          [
            '# 1. T',
            '',
            'Date: 2018-03-01',
            '',
            '## Status',
            '',
            'Accepted',
            '',
            'Amended by [3. C](0003-c.md)',
            '',
            'Superseded by [2. B](0002-b.md)',
          ].join('\n'),
        ),
      ),
    ).toEqual({
      status: { status: 'superseded', statusText: 'Superseded by 2. B' },
      date: '2018-03-01',
    });
  });

  it('leaves fields out when a source does not have them', () => {
    expect(statusSectionFields(parts('# T\n\ntext\n'))).toEqual({
      status: undefined,
      date: undefined,
    });
  });
});
