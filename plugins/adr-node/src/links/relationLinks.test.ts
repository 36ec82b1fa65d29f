import {
  linkedTextOf,
  linksFromStatusText,
  relationLinks,
} from './relationLinks';

describe('linksFromStatusText', () => {
  it.each([
    ['superseded by [ADR-0012](0012-x.md)', 'superseded-by', ['0012-x.md']],
    [
      'Superceded by [2. Second](0002-second.md)',
      'superseded-by',
      ['0002-second.md'],
    ],
    ['Superseded by ADR-0012', 'superseded-by', ['ADR-0012']],
    ['superseded by ADR 12.', 'superseded-by', ['ADR 12']],
    ['Superseded by 12', 'superseded-by', ['12']],
    [
      'Superseded by: ../other/0003-y.md',
      'superseded-by',
      ['../other/0003-y.md'],
    ],
    [
      'Superseded by https://example.com/adr/12.',
      'superseded-by',
      ['https://example.com/adr/12'],
    ],
    ['Supersedes [2. Foo](0002-foo.md)', 'supersedes', ['0002-foo.md']],
    [
      'Supercedes [1. A](0001-a.md) and [2. B](0002-b.md)',
      'supersedes',
      ['0001-a.md', '0002-b.md'],
    ],
    [
      'Amended by [ADR-0003](0003-z.md), ADR-0004',
      'amended-by',
      ['0003-z.md', 'ADR-0004'],
    ],
    ['Amends 0001-a.md', 'amends', ['0001-a.md']],
    ['Clarifies [2. B](0002-b.md)', 'relates-to', ['0002-b.md']],
    ['Clarified by [3. C](0003-c.md)', 'relates-to', ['0003-c.md']],
    [
      'Refined by [ADR-0005](0005-example.md)',
      'relates-to',
      ['0005-example.md'],
    ],
    ['Related to [ADR-0002](<0002-b.md>)', 'relates-to', ['0002-b.md']],
  ])('reads %p', (status, kind, targets) => {
    expect(linksFromStatusText(status)).toEqual(
      targets.map(target => ({ kind, target })),
    );
  });

  it('finds nothing without a relation phrase or a target', () => {
    expect(linksFromStatusText('Accepted')).toEqual([]);
    expect(linksFromStatusText('[ADR-0012](0012-x.md)')).toEqual([]);
    expect(linksFromStatusText('relates to 3 other systems')).toEqual([]);
    expect(linksFromStatusText('amends the policy')).toEqual([]);
    expect(linksFromStatusText('supersedes')).toEqual([]);
  });

  it('reads several phrases in one text', () => {
    expect(
      linksFromStatusText(
        'Supersedes [1](0001-a.md); amended by [3](0003-c.md)',
      ),
    ).toEqual([
      { kind: 'supersedes', target: '0001-a.md' },
      { kind: 'amended-by', target: '0003-c.md' },
    ]);
  });

  it('takes linear time on hostile text', () => {
    const started = Date.now();
    linksFromStatusText('superseded by ['.repeat(60_000));
    linksFromStatusText(`supersedes ${'a'.repeat(500_000)}`);
    linksFromStatusText('supersedes 1, '.repeat(60_000));
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('linkedTextOf', () => {
  it('replaces links by placeholders and strips stray placeholder characters', () => {
    expect(linkedTextOf('a\uE000 [x](y.md "title") b')).toEqual({
      text: 'a \uE0000\uE001 b',
      urls: ['y.md'],
    });
  });

  it('does not let text forge a placeholder', () => {
    expect(relationLinks(linkedTextOf('supersedes \uE0000\uE001'))).toEqual([
      { kind: 'supersedes', target: '0' },
    ]);
  });
});
