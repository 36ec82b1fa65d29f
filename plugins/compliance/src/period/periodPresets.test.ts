import { Settings } from 'luxon';
import { NOW } from '../__fixtures__/clock';
import { matchingPreset, presetPeriod } from './periodPresets';

describe('presetPeriod', () => {
  afterEach(() => {
    Settings.now = () => Date.parse(NOW);
  });

  it.each([
    ['last-30-days', '2026-04-21', '2026-05-20'],
    ['last-90-days', '2026-02-20', '2026-05-20'],
    ['this-quarter', '2026-04-01', '2026-05-20'],
    ['previous-quarter', '2026-01-01', '2026-03-31'],
    ['last-12-months', '2025-05-21', '2026-05-20'],
  ] as const)('%s on 20 May 2026 is %s to %s', (preset, from, to) => {
    expect(presetPeriod(preset)).toEqual({ from, to });
  });

  it('counts days in UTC, whatever the viewer’s zone', () => {
    // 00:30 on 1 April in Paris is still 31 March in UTC.
    Settings.now = () => Date.parse('2026-03-31T22:30:00.000Z');
    expect(presetPeriod('this-quarter')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(presetPeriod('previous-quarter')).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
  });

  it('keeps 12 months within the 366 days the backend answers for, in a leap year', () => {
    Settings.now = () => Date.parse('2028-03-01T12:00:00.000Z');
    expect(presetPeriod('last-12-months')).toEqual({
      from: '2027-03-02',
      to: '2028-03-01',
    });
    expect(presetPeriod('previous-quarter')).toEqual({
      from: '2027-10-01',
      to: '2027-12-31',
    });
  });
});

describe('matchingPreset', () => {
  it('recognises the days of a preset, and nothing else', () => {
    expect(matchingPreset({ from: '2026-01-01', to: '2026-03-31' })).toBe(
      'previous-quarter',
    );
    expect(matchingPreset({ from: '2026-04-21', to: '2026-05-20' })).toBe(
      'last-30-days',
    );
    expect(
      matchingPreset({ from: '2026-01-02', to: '2026-03-31' }),
    ).toBeUndefined();
    expect(matchingPreset({})).toBeUndefined();
  });
});
