import { plural } from './plural';

describe('plural', () => {
  it('says one thing in the singular and every other count in the plural', () => {
    expect(plural(1, 'gap')).toBe('1 gap');
    expect(plural(0, 'gap')).toBe('0 gaps');
    expect(plural(3, 'gap')).toBe('3 gaps');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});
