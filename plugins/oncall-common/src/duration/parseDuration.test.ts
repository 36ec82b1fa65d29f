import { durationMinutes, parseDuration } from './parseDuration';

describe('parseDuration', () => {
  it.each([
    ['1w', 7 * 24 * 60, { weeks: 1, days: 0, hours: 0, minutes: 0 }],
    ['1d12h', 36 * 60, { weeks: 0, days: 1, hours: 12, minutes: 0 }],
    ['15m', 15, { weeks: 0, days: 0, hours: 0, minutes: 15 }],
    ['1h', 60, { weeks: 0, days: 0, hours: 1, minutes: 0 }],
    ['0m', 0, { weeks: 0, days: 0, hours: 0, minutes: 0 }],
    ['2w3d4h5m', 24725, { weeks: 2, days: 3, hours: 4, minutes: 5 }],
  ])('reads %s', (text, minutes, units) => {
    const duration = parseDuration(text)!;
    expect(durationMinutes(duration)).toBe(minutes);
    expect(duration.toObject()).toEqual(units);
  });

  it.each([
    '',
    ' 1h',
    '1 h',
    '1H',
    '-1h',
    '+1h',
    '1.5h',
    'h',
    '1h1d',
    '1h1h',
    '1s',
    'P1W',
    '12345h',
  ])('refuses %p', text => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('refuses what is not text', () => {
    expect(parseDuration(15 as unknown as string)).toBeUndefined();
  });
});
