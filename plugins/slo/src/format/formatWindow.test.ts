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
});

describe('formatWindowProgress', () => {
  it('counts the days of a calendar window', () => {
    expect(formatWindowProgress(calendar)).toBe('day 21 of 30');
    expect(formatWindowProgress(rolling)).toBe('');
  });
});
