import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it.each([
    [0, '0 mins'],
    [-5, '0 mins'],
    [20 * 60 * 1000, '20 mins'],
    [(3 * 60 + 20) * 60 * 1000, '3 hrs, 20 mins'],
    [(12 * 24 + 4) * 60 * 60 * 1000 + 59 * 1000, '12 days, 4 hrs'],
    [24 * 60 * 60 * 1000, '1 day'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
