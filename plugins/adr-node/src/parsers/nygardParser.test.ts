import { decisionFile, fixtureFile } from '../__testUtils__/fixtureFile';
import { createNygardParser } from './nygardParser';

const parser = createNygardParser();

describe('Nygard parser', () => {
  it('reads a record adr-tools superseded and amended', () => {
    const file = fixtureFile('nygard/0001-record-architecture-decisions.md');
    expect(parser.canParse(file)).toBe(true);
    const { text, body, ...decision } = parser.parse(file);
    expect(decision).toEqual({
      format: 'nygard',
      title: 'Record architecture decisions',
      number: 1,
      status: 'superseded',
      statusText: 'Superceded by 2. Use MADR for new records',
      date: '2018-03-01',
      decisionMakers: [],
      consulted: [],
      informed: [],
      tags: [],
      reviewBy: undefined,
      links: [
        { kind: 'superseded-by', target: '0002-use-madr-for-new-records.md' },
        {
          kind: 'amended-by',
          target: '0003-number-records-with-four-digits.md',
        },
      ],
      summary:
        'We need to record the architectural decisions made on this project.',
    });
  });

  it('reads its successor and the record that amends and clarifies', () => {
    expect(
      parser.parse(fixtureFile('nygard/0002-use-madr-for-new-records.md')),
    ).toMatchObject({
      status: 'accepted',
      statusText: 'Accepted',
      links: [
        { kind: 'supersedes', target: '0001-record-architecture-decisions.md' },
      ],
    });
    expect(
      parser.parse(
        fixtureFile('nygard/0003-number-records-with-four-digits.md'),
      ),
    ).toMatchObject({
      status: 'accepted',
      links: [
        { kind: 'amends', target: '0001-record-architecture-decisions.md' },
        { kind: 'relates-to', target: '0002-use-madr-for-new-records.md' },
      ],
    });
  });

  it('claims records with a Status section or a Date line', () => {
    expect(
      parser.canParse(decisionFile('a.md', '# T\n\n## Status\n\nAccepted')),
    ).toBe(true);
    expect(
      parser.canParse(decisionFile('a.md', '# T\n\nDate: 2024-01-01')),
    ).toBe(true);
    expect(parser.canParse(decisionFile('a.md', '# T\n\n## Statuses\n'))).toBe(
      false,
    );
  });

  it('reads a record without status as unknown', () => {
    expect(
      parser.parse(
        decisionFile('0004-x.md', '# 4. X\n\n## Status\n\n## Context\n'),
      ),
    ).toMatchObject({
      status: 'unknown',
      statusText: undefined,
      number: 4,
    });
  });
});
