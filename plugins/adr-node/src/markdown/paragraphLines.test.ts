import type { Paragraph } from 'mdast';
import { paragraphLines } from './paragraphLines';
import { parseMarkdown } from './parseMarkdown';
import { plainText } from './plainText';

function linesOf(markdown: string): string[] {
  const paragraph = parseMarkdown(markdown).children[0] as Paragraph;
  return paragraphLines(paragraph).map(line => plainText(line));
}

describe('paragraphLines', () => {
  it('splits at soft and hard line breaks', () => {
    expect(linesOf('one\ntwo  \nthree\\\nfour')).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
  });

  it('keeps inline markup and links on their line', () => {
    const paragraph = parseMarkdown(
      '**Status:** superseded by [ADR 9](0009-x.md)\n**Date:** 2024-01-01',
    ).children[0] as Paragraph;
    const lines = paragraphLines(paragraph);
    expect(lines).toHaveLength(2);
    expect(lines[0].children.map(child => child.type)).toEqual([
      'strong',
      'text',
      'link',
    ]);
    expect(plainText(lines[1])).toBe('Date: 2024-01-01');
  });

  it('answers one line for a paragraph without breaks', () => {
    expect(linesOf('just one line')).toEqual(['just one line']);
  });
});
