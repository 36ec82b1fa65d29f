import type { DecisionLink } from '@localplus/plugin-adr-common';
import {
  linkTargetKey,
  MAX_LINKS_PER_DECISION,
  mergeLinks,
} from './mergeLinks';

describe('mergeLinks', () => {
  it('lets an explicit kind win over relates-to for the same target', () => {
    expect(
      mergeLinks([
        { kind: 'relates-to', target: './0002-b.md' },
        { kind: 'supersedes', target: '0002-b.md' },
        { kind: 'relates-to', target: '0003-c.md' },
        { kind: 'relates-to', target: '0003-C.md#part' },
        { kind: 'amends', target: '0004-d.md' },
        { kind: 'amends', target: '0004-d.md' },
        { kind: 'amended-by', target: '0004-d.md' },
      ]),
    ).toEqual([
      { kind: 'supersedes', target: '0002-b.md' },
      { kind: 'relates-to', target: '0003-c.md' },
      { kind: 'amends', target: '0004-d.md' },
      { kind: 'amended-by', target: '0004-d.md' },
    ]);
  });

  it('drops links to the record itself and empty targets', () => {
    expect(
      mergeLinks(
        [
          { kind: 'relates-to', target: '0001-self.md' },
          { kind: 'relates-to', target: '0001-self' },
          { kind: 'supersedes', target: '  ' },
          { kind: 'relates-to', target: '0002-b.md' },
        ],
        '0001-self.md',
      ),
    ).toEqual([{ kind: 'relates-to', target: '0002-b.md' }]);
  });

  it('keeps at most MAX_LINKS_PER_DECISION links', () => {
    const many: DecisionLink[] = Array.from({ length: 2000 }, (_, i) => ({
      kind: 'relates-to',
      target: `${i}-x.md`,
    }));
    expect(mergeLinks(many)).toHaveLength(MAX_LINKS_PER_DECISION);
  });

  it('compares targets without case, ./ or fragment', () => {
    expect(linkTargetKey(' ./0012-X.md#decision ')).toBe('0012-x.md');
  });
});
