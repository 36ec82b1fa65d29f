import {
  frontMatterKey,
  frontMatterValue,
  hasFrontMatterKey,
} from './frontMatterKeys';

describe('front matter keys', () => {
  it('compares keys without case, underscores or camelCase', () => {
    expect(frontMatterKey('decision_makers')).toBe('decision-makers');
    expect(frontMatterKey('decisionMakers')).toBe('decision-makers');
    expect(frontMatterKey('Review By')).toBe('review-by');
  });

  it('reads the first of several keys that is present', () => {
    const data = { Deciders: 'a', decision_makers: 'b' };
    expect(frontMatterValue(data, 'decision-makers', 'deciders')).toBe('b');
    expect(frontMatterValue(data, 'deciders')).toBe('a');
    expect(frontMatterValue(data, 'constructor')).toBeUndefined();
    expect(hasFrontMatterKey(data, 'consulted', 'deciders')).toBe(true);
    expect(hasFrontMatterKey(data, 'informed')).toBe(false);
  });
});
