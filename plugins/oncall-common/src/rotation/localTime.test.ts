import {
  localDateTime,
  wallClockMillis,
  wallClockToInstant,
} from './localTime';

const instant = (text: string, zone: string) =>
  new Date(wallClockToInstant(wallClockMillis(text)!, zone)).toISOString();

describe('wallClockToInstant', () => {
  it.each([
    // An ordinary reading, winter and summer.
    ['2026-01-05T10:00', 'Europe/Paris', '2026-01-05T09:00:00.000Z'],
    ['2026-07-06T10:00', 'Europe/Paris', '2026-07-06T08:00:00.000Z'],
    // Repeated when clocks go back: the earlier occurrence.
    ['2026-10-25T02:30', 'Europe/Paris', '2026-10-25T00:30:00.000Z'],
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-04-05T01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00.000Z'],
    // Skipped when clocks go forward: moved forward by the jump.
    ['2026-03-29T02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // 30 minutes skipped: 02:15 becomes 02:45 (+11:00).
    ['2026-10-04T02:15', 'Australia/Lord_Howe', '2026-10-03T15:45:00.000Z'],
    // The readings just around the jumps.
    ['2026-03-29T01:59', 'Europe/Paris', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T03:00', 'Europe/Paris', '2026-03-29T01:00:00.000Z'],
    ['2026-10-25T03:00', 'Europe/Paris', '2026-10-25T02:00:00.000Z'],
    ['2026-06-01T05:30', 'Asia/Kolkata', '2026-06-01T00:00:00.000Z'],
  ])('reads %s in %s as %s', (text, zone, expected) => {
    expect(instant(text, zone)).toBe(expected);
  });
});

describe('localDateTime', () => {
  it('refuses a reading the clocks skip, and accepts a repeated one', () => {
    expect(localDateTime('2026-03-29T02:30', 'Europe/Paris')).toEqual({
      error:
        'does not exist in Europe/Paris: the clocks skip it when daylight saving time starts',
    });
    expect(localDateTime('2026-10-25T02:30', 'Europe/Paris')).toEqual({
      millis: Date.parse('2026-10-25T00:30:00Z'),
    });
  });

  it('refuses text that is not a local date-time', () => {
    for (const text of [
      '2026-01-05',
      '2026-01-05T10:00:00',
      '2026-02-29T10:00',
      'x',
    ]) {
      expect(localDateTime(text, 'UTC')).toEqual({
        error: 'must be a local date-time such as 2026-01-05T10:00',
      });
    }
  });
});
