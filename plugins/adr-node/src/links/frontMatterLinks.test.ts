import { linksFromFrontMatter } from './frontMatterLinks';

describe('linksFromFrontMatter', () => {
  it('reads link keys in their spellings, with one target or a list', () => {
    expect(
      linksFromFrontMatter({
        status: 'accepted',
        supersedes: ['0001-a.md', 2],
        superseded_by: '[ADR-0012](0012-x.md)',
        supersededBy: 'ADR-0013',
        amends: '0003-c.md, 0004-d.md',
        'amended-by': 'https://example.com/adr/9',
        related: ['[ADR-0006](0006-outbox.md)', 'ADR-0008'],
        'relates-to': '0007-g.md',
        unrelated: '0099-z.md',
        constructor: '0098-y.md',
      }),
    ).toEqual([
      { kind: 'supersedes', target: '0001-a.md' },
      { kind: 'supersedes', target: '2' },
      { kind: 'superseded-by', target: '0012-x.md' },
      { kind: 'superseded-by', target: 'ADR-0013' },
      { kind: 'amends', target: '0003-c.md' },
      { kind: 'amends', target: '0004-d.md' },
      { kind: 'amended-by', target: 'https://example.com/adr/9' },
      { kind: 'relates-to', target: '0006-outbox.md' },
      { kind: 'relates-to', target: 'ADR-0008' },
      { kind: 'relates-to', target: '0007-g.md' },
    ]);
  });

  it('ignores values that are not targets', () => {
    expect(
      linksFromFrontMatter({
        supersedes: [{ a: 1 }, null, true, ''],
        amends: { x: 1 },
      }),
    ).toEqual([]);
  });
});
