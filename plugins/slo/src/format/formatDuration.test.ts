import { formatBudgetTime, formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it('uses seconds under a minute', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(44.6)).toBe('45 s');
  });

  it('uses minutes under an hour', () => {
    // 99.9 % over 30 days: 2592 s.
    expect(formatDuration(2592)).toBe('43 min');
    expect(formatDuration(1860)).toBe('31 min');
  });

  it('uses hours and minutes, then days and hours', () => {
    // 99.5 % over 30 days: 3.6 h.
    expect(formatDuration(12960)).toBe('3 h 36 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(2 * 86400 + 4 * 3600 + 300)).toBe('2 d 4 h');
    expect(formatDuration(3 * 86400 + 120)).toBe('3 d');
  });

  it('ignores the sign', () => {
    expect(formatDuration(-720)).toBe('12 min');
  });
});

describe('formatBudgetTime', () => {
  it('says how much of the budget is left as time', () => {
    expect(formatBudgetTime(1860, 2592)).toBe('31 min of 43 min left');
  });

  it('says by how much an overspent budget is over', () => {
    expect(formatBudgetTime(-720, 2592)).toBe(
      'overspent by 12 min (budget 43 min)',
    );
  });
});
