import {
  completePeriod,
  endOfToday,
  periodLabel,
  periodProblem,
  readPeriodBound,
  untilNow,
} from './period';

const NOW = new Date('2026-12-05T15:30:00.000Z');
const iso = (date: Date | undefined) => date?.toISOString();

describe('readPeriodBound', () => {
  it('reads a date as a whole UTC day: from its midnight, to the next one', () => {
    expect(iso(readPeriodBound('2026-03-01', 'from'))).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(iso(readPeriodBound('2026-03-31', 'to'))).toBe(
      '2026-04-01T00:00:00.000Z',
    );
    expect(iso(readPeriodBound('2024-02-29', 'to'))).toBe(
      '2024-03-01T00:00:00.000Z',
    );
  });

  it('reads an instant with its offset as that instant, whatever the end', () => {
    expect(iso(readPeriodBound('2026-03-01T10:00+02:00', 'to'))).toBe(
      '2026-03-01T08:00:00.000Z',
    );
    expect(iso(readPeriodBound('2026-03-01T10:00:05.123Z', 'from'))).toBe(
      '2026-03-01T10:00:05.123Z',
    );
  });

  it.each([
    ['a date that does not exist', '2026-02-29'],
    ['a month 13', '2026-13-01'],
    ['an instant without offset', '2026-03-01T10:00:00'],
    ['a week date', '2026-W09-1'],
    ['a time alone', '10:00Z'],
    ['a timestamp', '1772323200000'],
    ['words', 'last month'],
    ['an empty text', ''],
    ['trailing text', '2026-03-01; drop'],
    ['a 25th hour', '2026-03-01T25:00Z'],
  ])('refuses %s', (_, value) => {
    expect(readPeriodBound(value, 'from')).toBeUndefined();
    expect(readPeriodBound(value, 'to')).toBeUndefined();
  });
});

describe('completePeriod', () => {
  it('defaults to the last whole days up to the end of today', () => {
    const period = completePeriod({}, NOW, 30);
    expect(iso(period.to)).toBe('2026-12-06T00:00:00.000Z');
    expect(iso(period.from)).toBe('2026-11-06T00:00:00.000Z');
    // Stable through the day, so the default period is cached like any other.
    expect(completePeriod({}, new Date('2026-12-05T00:00:01Z'), 30)).toEqual(
      period,
    );
  });

  it('counts back from a given end, and forward to today from a given start', () => {
    const to = new Date('2026-06-01T00:00:00Z');
    expect(iso(completePeriod({ to }, NOW, 30).from)).toBe(
      '2026-05-02T00:00:00.000Z',
    );
    const from = new Date('2026-01-01T00:00:00Z');
    expect(iso(completePeriod({ from }, NOW, 30).to)).toBe(
      '2026-12-06T00:00:00.000Z',
    );
  });
});

describe('periodProblem', () => {
  const period = (from: string, to: string) => ({
    from: new Date(from),
    to: new Date(to),
  });

  it('accepts a period of exactly the longest length ending today', () => {
    expect(
      periodProblem(
        period('2025-12-05T00:00:00Z', '2026-12-06T00:00:00Z'),
        NOW,
        366,
      ),
    ).toBeUndefined();
  });

  it.each([
    [
      'an empty period',
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00Z',
      'to',
      'must be after from',
    ],
    [
      'a backwards period',
      '2026-02-01T00:00:00Z',
      '2026-01-01T00:00:00Z',
      'to',
      'must be after from',
    ],
    [
      'a period ending tomorrow',
      '2026-12-01T00:00:00Z',
      '2026-12-06T00:00:00.001Z',
      'to',
      'must not be later than the end of today',
    ],
    [
      'a period a millisecond too long',
      '2025-12-04T23:59:59.999Z',
      '2026-12-06T00:00:00Z',
      'from',
      'the period must be at most 366 days long, it is 367',
    ],
  ])('refuses %s', (_, from, to, path, message) => {
    expect(periodProblem(period(from, to), NOW, 366)).toEqual({
      path,
      message,
    });
  });
});

describe('periodLabel', () => {
  it('names midnights by date, the end by the last day it includes', () => {
    expect(periodLabel('2026-01-01T00:00:00.000Z', 'from')).toBe('2026-01-01');
    expect(periodLabel('2026-04-01T00:00:00.000Z', 'to')).toBe('2026-03-31');
  });

  it('names other instants compactly, without characters file systems refuse', () => {
    expect(periodLabel('2026-01-01T10:20:30.000Z', 'from')).toBe(
      '20260101T102030Z',
    );
    expect(periodLabel('2026-04-01T00:00:00.500Z', 'to')).toBe(
      '20260401T000000Z',
    );
  });
});

describe('endOfToday and untilNow', () => {
  it('end at the next UTC midnight and just after now', () => {
    expect(iso(endOfToday(NOW))).toBe('2026-12-06T00:00:00.000Z');
    expect(untilNow(NOW)).toEqual({
      from: '1970-01-01T00:00:00.000Z',
      to: '2026-12-05T15:30:00.001Z',
    });
  });
});
