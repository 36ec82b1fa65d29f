import { restrictionWindows } from './restrictions';

const span = (from: string, to: string) => ({
  start: Date.parse(from),
  end: Date.parse(to),
});
const iso = (windows: Array<{ start: number; end: number }>) =>
  windows.map(w => [
    new Date(w.start).toISOString(),
    new Date(w.end).toISOString(),
  ]);

describe('restrictionWindows', () => {
  it('makes the weekend of the spring DST change 47 hours long', () => {
    const windows = restrictionWindows(
      [{ type: 'weekly', fromDay: 6, from: '00:00', toDay: 1, to: '00:00' }],
      'Europe/Paris',
      span('2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z'),
    );
    expect(iso(windows)).toEqual([
      ['2026-03-27T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
      ['2026-04-03T22:00:00.000Z', '2026-04-05T22:00:00.000Z'],
    ]);
  });

  it('runs a night window over midnight and joins overlapping windows', () => {
    const windows = restrictionWindows(
      [
        { type: 'daily', from: '22:00', to: '08:00' },
        { type: 'daily', from: '07:00', to: '09:00' },
      ],
      'Asia/Kolkata',
      span('2026-01-05T00:00:00Z', '2026-01-06T12:00:00Z'),
    );
    // 22:00-09:00 IST is 16:30Z-03:30Z; the span starts inside one.
    expect(iso(windows)).toEqual([
      ['2026-01-05T00:00:00.000Z', '2026-01-05T03:30:00.000Z'],
      ['2026-01-05T16:30:00.000Z', '2026-01-06T03:30:00.000Z'],
    ]);
  });

  it('follows the 30-minute DST of Lord Howe Island', () => {
    // Clocks go from 02:00 to 02:30 on 2026-10-04 (UTC+10:30 -> UTC+11).
    const windows = restrictionWindows(
      [{ type: 'daily', from: '09:00', to: '17:00' }],
      'Australia/Lord_Howe',
      span('2026-10-02T12:00:00Z', '2026-10-04T12:00:00Z'),
    );
    expect(iso(windows)).toEqual([
      ['2026-10-02T22:30:00.000Z', '2026-10-03T06:30:00.000Z'],
      ['2026-10-03T22:00:00.000Z', '2026-10-04T06:00:00.000Z'],
    ]);
  });

  it('wraps a weekly window that ends before it starts around the week', () => {
    const windows = restrictionWindows(
      [{ type: 'weekly', fromDay: 3, from: '18:00', toDay: 3, to: '08:00' }],
      'UTC',
      span('2026-01-05T00:00:00Z', '2026-01-12T00:00:00Z'),
    );
    expect(iso(windows)).toEqual([
      ['2026-01-05T00:00:00.000Z', '2026-01-07T08:00:00.000Z'],
      ['2026-01-07T18:00:00.000Z', '2026-01-12T00:00:00.000Z'],
    ]);
  });
});
