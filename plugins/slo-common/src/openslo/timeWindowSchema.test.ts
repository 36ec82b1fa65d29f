import { timeWindowSchema } from './timeWindowSchema';

const calendar = { startTime: '2025-01-06 00:00:00', timeZone: 'Europe/Paris' };

const QUARTER_AT_MOST =
  'the longest calendar window is a quarter (1Q, 3M, 13w or 92d): a longer one would make Prometheus read more than a quarter of samples per query';
const NOT_CALENDAR =
  'a calendar window must be a positive whole number of days, weeks, months or quarters, such as 1w, 1M or 1Q';

/** Each problem as `path: message`, or the parsed window. */
function parse(window: unknown) {
  const result = timeWindowSchema.safeParse(window);
  if (result.success) {
    return { window: result.data };
  }
  return {
    problems: result.error.issues.map(
      issue => `${issue.path.join('.')}: ${issue.message}`,
    ),
  };
}

describe('timeWindowSchema on calendar windows', () => {
  it.each([
    ['1d'],
    ['1w'],
    ['2w'],
    ['13w'],
    ['92d'],
    ['1M'],
    ['2M'],
    ['3M'],
    ['1Q'],
  ])('takes %s, isRolling left out or false', duration => {
    expect(parse({ duration, calendar })).toEqual({
      window: { duration, calendar, isRolling: false },
    });
    expect(parse({ duration, calendar, isRolling: false })).toEqual({
      window: { duration, calendar, isRolling: false },
    });
  });

  it.each([
    ['1Y'],
    ['2Q'],
    ['4M'],
    ['14w'],
    ['93d'],
    ['100d'],
    ['1000000000000d'],
  ])('refuses %s: longer than a quarter', duration => {
    expect(parse({ duration, calendar })).toEqual({
      problems: [`duration: ${QUARTER_AT_MOST}`],
    });
  });

  it.each([
    ['0w', '0w'],
    ['1.5M', '1.5M'],
    ['1x', '1x'],
    ['-1M', '-1M'],
    ['01w', '01w'],
    ['1h', '1h'],
    ['an empty string', ''],
    ['100 000 ones and M', `${'1'.repeat(100_000)}M`],
  ])('refuses %s as no calendar duration', (_label, duration) => {
    expect(parse({ duration, calendar })).toEqual({
      problems: [`duration: ${NOT_CALENDAR}`],
    });
  });

  it('never repeats an oversized duration in its problem', () => {
    const { problems } = parse({ duration: 'x'.repeat(100_000), calendar });
    expect(problems).toEqual([`duration: ${NOT_CALENDAR}`]);
  });

  it('needs a calendar when isRolling is false', () => {
    expect(parse({ duration: '1w', isRolling: false })).toEqual({
      problems: [
        'calendar: a calendar window needs calendar.startTime and calendar.timeZone',
      ],
    });
  });

  it('checks the calendar itself', () => {
    expect(
      parse({
        duration: '1w',
        calendar: { startTime: '2025-02-30 00:00:00', timeZone: 'CEST' },
      }),
    ).toEqual({
      problems: [
        'calendar.startTime: must be a real date and time (no 2025-02-30, no 24:00:00)',
        'calendar.timeZone: must be an IANA time zone such as Europe/Paris',
      ],
    });
  });
});

describe('timeWindowSchema on rolling windows', () => {
  it.each([['1d'], ['2w'], ['28d'], ['30d'], ['90d']])('takes %s', duration => {
    expect(parse({ duration, isRolling: true })).toEqual({
      window: { duration, isRolling: true },
    });
    expect(parse({ duration })).toEqual({
      window: { duration, isRolling: true },
    });
  });

  it.each([['1M'], ['45m'], ['36h'], ['91d'], ['14w']])(
    'refuses %s',
    duration => {
      expect(parse({ duration, isRolling: true })).toEqual({
        problems: [
          'duration: a rolling window must be whole days between 1d and 90d',
        ],
      });
    },
  );

  it('takes no calendar', () => {
    expect(parse({ duration: '7d', isRolling: true, calendar })).toEqual({
      problems: ['calendar: a rolling window takes no calendar'],
    });
  });
});
