import type { SloWindowReport } from '@localplus/plugin-slo-common';
import { formatWindow, formatWindowProgress } from './formatWindow';

const rolling: SloWindowReport = {
  duration: '30d',
  rolling: true,
  start: '2026-10-22T08:00:00Z',
  end: '2026-11-21T08:00:00Z',
  seconds: 30 * 86400,
  elapsedSeconds: 30 * 86400,
};

const calendar: SloWindowReport = {
  duration: '1M',
  rolling: false,
  start: '2026-11-01T00:00:00+01:00',
  end: '2026-11-21T08:00:00Z',
  seconds: 30 * 86400,
  elapsedSeconds: 20 * 86400 + 9 * 3600,
};

const week: SloWindowReport = {
  duration: '1w',
  rolling: false,
  start: '2026-11-30T00:00:00+01:00',
  end: '2026-12-02T08:00:00Z',
  seconds: 7 * 86400,
  elapsedSeconds: 2 * 86400 + 9 * 3600,
};

describe('formatWindow', () => {
  it('names a rolling window by its days', () => {
    expect(formatWindow(rolling)).toBe('rolling 30 days');
    expect(
      formatWindow({ ...rolling, duration: '7d', seconds: 7 * 86400 }),
    ).toBe('rolling 7 days');
  });

  it('names a calendar month by its start, in its own time zone', () => {
    expect(formatWindow(calendar)).toBe('calendar month since 1 Nov');
  });

  it('names a calendar week and day by their weekday', () => {
    expect(formatWindow(week)).toBe('calendar week since Mon 30 Nov');
    expect(formatWindow({ ...week, duration: '1d', seconds: 86400 })).toBe(
      'calendar day since Mon 30 Nov',
    );
  });

  it('names a calendar quarter by its start', () => {
    expect(
      formatWindow({
        ...calendar,
        duration: '1Q',
        start: '2026-10-01T00:00:00+02:00',
        seconds: 92 * 86400 + 3600,
      }),
    ).toBe('calendar quarter since 1 Oct');
  });

  it('counts several units as an n-unit calendar window', () => {
    expect(formatWindow({ ...week, duration: '2w' })).toBe(
      '2-week calendar window since Mon 30 Nov',
    );
    expect(formatWindow({ ...calendar, duration: '3M' })).toBe(
      '3-month calendar window since 1 Nov',
    );
    expect(formatWindow({ ...week, duration: '10d' })).toBe(
      '10-day calendar window since Mon 30 Nov',
    );
  });

  it('gives the time of day of a start that is not midnight', () => {
    expect(
      formatWindow({ ...calendar, start: '2026-11-21T09:00:00+01:00' }),
    ).toBe('calendar month since 21 Nov 09:00');
  });

  it('falls back on the days of a duration it cannot name', () => {
    expect(formatWindow({ ...calendar, duration: '30 days' })).toBe(
      'calendar 30 days since 1 Nov',
    );
  });
});

describe('formatWindowProgress', () => {
  it('counts the days of a calendar window', () => {
    expect(formatWindowProgress(calendar)).toBe('day 21 of 30');
    expect(formatWindowProgress(week)).toBe('day 3 of 7');
    expect(formatWindowProgress(rolling)).toBe('');
  });

  it('counts the hours of a calendar day, 23 on the spring clock change', () => {
    expect(
      formatWindowProgress({
        ...week,
        duration: '1d',
        seconds: 23 * 3600,
        elapsedSeconds: 4.5 * 3600,
      }),
    ).toBe('hour 5 of 23');
  });
});
