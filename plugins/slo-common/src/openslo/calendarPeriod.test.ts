import { DateTime } from 'luxon';
import {
  calendarPeriodAt,
  calendarStep,
  isAtMostAQuarter,
  shortestCalendarPeriodSeconds,
} from './calendarPeriod';

const HOUR = 3600;
const DAY = 86400;

const paris = (startTime: string) => ({ startTime, timeZone: 'Europe/Paris' });
const utc = (startTime: string) => ({ startTime, timeZone: 'UTC' });

/** The period as local ISO times and its length, to compare in one line. */
function periodOf(...args: Parameters<typeof calendarPeriodAt>) {
  const { start, end, seconds } = calendarPeriodAt(...args);
  return { start: start.toISO(), end: end.toISO(), seconds };
}

describe('calendarStep', () => {
  it.each([
    ['1d', { unit: 'days', count: 1 }],
    ['92d', { unit: 'days', count: 92 }],
    ['1w', { unit: 'days', count: 7 }],
    ['2w', { unit: 'days', count: 14 }],
    ['1M', { unit: 'months', count: 1 }],
    ['3M', { unit: 'months', count: 3 }],
    ['1Q', { unit: 'months', count: 3 }],
    ['1Y', { unit: 'months', count: 12 }],
  ])('reads %s', (duration, step) => {
    expect(calendarStep(duration)).toEqual(step);
  });

  it.each([
    ['0w', '0w'],
    ['01w', '01w'],
    ['1.5M', '1.5M'],
    ['1x', '1x'],
    ['-1M', '-1M'],
    ['1h', '1h'],
    ['30m', '30m'],
    ['1 M', '1 M'],
    ['M', 'M'],
    ['an empty string', ''],
    ['100 000 nines and d', `${'9'.repeat(100_000)}d`],
  ])('reads no calendar step in %s', (_label, duration) => {
    expect(calendarStep(duration)).toBeUndefined();
  });

  it.each([
    ['1Q', true],
    ['3M', true],
    ['13w', true],
    ['92d', true],
    ['1d', true],
    ['2Q', false],
    ['4M', false],
    ['14w', false],
    ['93d', false],
    ['1Y', false],
  ])('knows whether %s is at most a quarter', (duration, fits) => {
    expect(isAtMostAQuarter(calendarStep(duration)!)).toBe(fits);
  });
});

describe('calendarPeriodAt', () => {
  it('keeps the calendar month of today: anchored on the 31st, clamped to February', () => {
    expect(
      periodOf(
        utc('2025-01-31 00:00:00'),
        '1M',
        new Date('2026-03-10T00:00:00Z'),
      ),
    ).toEqual({
      start: '2026-02-28T00:00:00.000Z',
      end: '2026-03-31T00:00:00.000Z',
      seconds: 31 * DAY,
    });
  });

  it('runs a week from Monday to Monday in its time zone', () => {
    expect(
      periodOf(
        paris('2025-01-06 00:00:00'),
        '1w',
        new Date('2026-01-15T12:00:00Z'),
      ),
    ).toEqual({
      start: '2026-01-12T00:00:00.000+01:00',
      end: '2026-01-19T00:00:00.000+01:00',
      seconds: 7 * DAY,
    });
  });

  it('makes the week of the spring clock change an hour shorter, and the autumn one an hour longer', () => {
    const monday = paris('2025-01-06 00:00:00');
    expect(periodOf(monday, '1w', new Date('2026-03-29T12:00:00Z'))).toEqual({
      start: '2026-03-23T00:00:00.000+01:00',
      end: '2026-03-30T00:00:00.000+02:00',
      seconds: 7 * DAY - HOUR,
    });
    expect(periodOf(monday, '1w', new Date('2026-10-25T12:00:00Z'))).toEqual({
      start: '2026-10-19T00:00:00.000+02:00',
      end: '2026-10-26T00:00:00.000+01:00',
      seconds: 7 * DAY + HOUR,
    });
  });

  it('anchors a week mid-week: Wednesday 09:00 to Wednesday 09:00', () => {
    const period = calendarPeriodAt(
      paris('2025-01-01 09:00:00'),
      '1w',
      new Date('2026-02-12T12:00:00Z'),
    );
    expect(period.start.toISO()).toBe('2026-02-11T09:00:00.000+01:00');
    expect(period.start.weekdayLong).toBe('Wednesday');
    expect(period.end.toISO()).toBe('2026-02-18T09:00:00.000+01:00');
  });

  it('counts two-week and day windows from the anchor', () => {
    expect(
      periodOf(
        utc('2025-01-01 00:00:00'),
        '2w',
        new Date('2025-01-20T00:00:00Z'),
      ),
    ).toEqual({
      start: '2025-01-15T00:00:00.000Z',
      end: '2025-01-29T00:00:00.000Z',
      seconds: 14 * DAY,
    });
    expect(
      periodOf(
        paris('2025-01-01 00:00:00'),
        '1d',
        new Date('2026-03-29T12:00:00Z'),
      ).seconds,
    ).toBe(23 * HOUR);
  });

  it('clamps a quarter anchored on 31 January to short months, from the anchor each time', () => {
    const jan31 = utc('2025-01-31 00:00:00');
    expect(periodOf(jan31, '1Q', new Date('2025-03-15T00:00:00Z'))).toEqual({
      start: '2025-01-31T00:00:00.000Z',
      end: '2025-04-30T00:00:00.000Z',
      seconds: 89 * DAY,
    });
    // Back to the 31st after April: counted from the anchor, not from 30 April.
    expect(periodOf(jan31, '1Q', new Date('2025-05-15T00:00:00Z'))).toEqual({
      start: '2025-04-30T00:00:00.000Z',
      end: '2025-07-31T00:00:00.000Z',
      seconds: 92 * DAY,
    });
    expect(periodOf(jan31, '3M', new Date('2025-05-15T00:00:00Z'))).toEqual(
      periodOf(jan31, '1Q', new Date('2025-05-15T00:00:00Z')),
    );
  });

  it('puts an instant exactly on a boundary in the new period', () => {
    const monday = paris('2025-01-06 00:00:00');
    // Monday 12 January 2026, 00:00 in Paris.
    const boundary = new Date('2026-01-11T23:00:00Z');
    expect(calendarPeriodAt(monday, '1w', boundary).start.toISO()).toBe(
      '2026-01-12T00:00:00.000+01:00',
    );
    const justBefore = new Date(boundary.getTime() - 1);
    expect(calendarPeriodAt(monday, '1w', justBefore).end.toISO()).toBe(
      '2026-01-12T00:00:00.000+01:00',
    );
    const quarter = utc('2025-01-31 00:00:00');
    expect(
      calendarPeriodAt(
        quarter,
        '1Q',
        new Date('2025-04-30T00:00:00Z'),
      ).start.toISO(),
    ).toBe('2025-04-30T00:00:00.000Z');
  });

  it('holds the anchor itself in the first period, and times before it in earlier ones', () => {
    const monday = paris('2025-01-06 00:00:00');
    expect(
      calendarPeriodAt(
        monday,
        '1w',
        new Date('2025-01-05T23:00:00Z'),
      ).start.toISO(),
    ).toBe('2025-01-06T00:00:00.000+01:00');
    expect(
      calendarPeriodAt(
        monday,
        '1w',
        new Date('2025-01-05T22:59:59Z'),
      ).start.toISO(),
    ).toBe('2024-12-30T00:00:00.000+01:00');
  });

  describe('far from the anchor', () => {
    afterEach(() => jest.restoreAllMocks());

    it.each([
      ['1d', new Date('9999-06-15T12:00:00Z')],
      ['1w', new Date('9999-06-15T12:00:00Z')],
      ['1M', new Date('9999-06-15T12:00:00Z')],
      ['1Q', new Date('9999-06-15T12:00:00Z')],
      ['1d', new Date('1000-06-15T12:00:00Z')],
      ['1w', new Date('1000-06-15T12:00:00Z')],
      ['1M', new Date('1000-06-15T12:00:00Z')],
      ['1Q', new Date('1000-06-15T12:00:00Z')],
    ])('finds the %s period of %s in a few steps', (duration, at) => {
      const steps = jest.spyOn(DateTime.prototype, 'plus');
      const period = calendarPeriodAt(
        paris('2025-01-01 09:00:00'),
        duration,
        at,
      );
      expect(steps.mock.calls.length).toBeLessThanOrEqual(4);
      expect(period.start.toMillis()).toBeLessThanOrEqual(at.getTime());
      expect(period.end.toMillis()).toBeGreaterThan(at.getTime());
      expect(period.start.toFormat('HH:mm')).toBe('09:00');
    });
  });

  it('refuses a duration that is no calendar window', () => {
    expect(() =>
      calendarPeriodAt(paris('2025-01-01 00:00:00'), '1h', new Date()),
    ).toThrow(RangeError);
  });
});

describe('shortestCalendarPeriodSeconds', () => {
  it.each([
    [
      'a month anchored on the 1st: February',
      '1M',
      utc('2025-01-01 00:00:00'),
      28 * DAY,
    ],
    [
      'a month in Paris: February, no clock change',
      '1M',
      paris('2025-01-21 09:00:00'),
      28 * DAY,
    ],
    [
      'a week in Paris: the spring change',
      '1w',
      paris('2025-01-06 00:00:00'),
      7 * DAY - HOUR,
    ],
    ['a week in UTC', '1w', utc('2025-01-06 00:00:00'), 7 * DAY],
    [
      'a two-week window in Paris',
      '2w',
      paris('2025-01-06 00:00:00'),
      14 * DAY - HOUR,
    ],
    ['a day in Paris', '1d', paris('2025-01-01 00:00:00'), 23 * HOUR],
    [
      'a quarter from 1 January in Paris',
      '1Q',
      paris('2025-01-01 00:00:00'),
      90 * DAY - HOUR,
    ],
    [
      'a quarter anchored on 31 January',
      '1Q',
      utc('2025-01-31 00:00:00'),
      89 * DAY,
    ],
    ['92 days', '92d', utc('2025-01-01 00:00:00'), 92 * DAY],
  ])('is %s', (_label, duration, calendar, seconds) => {
    expect(shortestCalendarPeriodSeconds(calendar, duration)).toBe(seconds);
    // Asked again, the remembered answer is the same.
    expect(shortestCalendarPeriodSeconds(calendar, duration)).toBe(seconds);
  });
});
