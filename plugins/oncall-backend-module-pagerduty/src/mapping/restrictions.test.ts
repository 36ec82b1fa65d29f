import { mapRestrictions } from './restrictions';

const FIELD = 'schedules/PX.schedule_layers[0].restrictions';

describe('mapRestrictions', () => {
  it('reads a daily restriction as a window of the day', () => {
    const result = mapRestrictions(
      [
        {
          type: 'daily_restriction',
          start_time_of_day: '08:00:00',
          duration_seconds: 32400,
        },
      ],
      FIELD,
    );

    expect(result).toEqual({
      ok: true,
      restrictions: [{ type: 'daily', from: '08:00', to: '17:00' }],
      problems: [],
    });
  });

  it('lets a daily window run past midnight', () => {
    const result = mapRestrictions(
      [
        {
          type: 'daily_restriction',
          start_time_of_day: '22:00:00',
          duration_seconds: 10 * 3600,
        },
      ],
      FIELD,
    );

    expect(result.ok && result.restrictions).toEqual([
      { type: 'daily', from: '22:00', to: '08:00' },
    ]);
  });

  it('reads a weekly restriction as a span from one weekday to another', () => {
    const result = mapRestrictions(
      [
        {
          type: 'weekly_restriction',
          start_time_of_day: '09:00:00',
          duration_seconds: 4 * 86400 + 8 * 3600,
          start_day_of_week: 1,
        },
        {
          type: 'weekly_restriction',
          start_time_of_day: '18:00:00',
          duration_seconds: 2 * 86400 + 14 * 3600,
          start_day_of_week: 5,
        },
      ],
      FIELD,
    );

    expect(result.ok && result.restrictions).toEqual([
      { type: 'weekly', fromDay: 1, from: '09:00', toDay: 5, to: '17:00' },
      // Friday 18:00 plus 2 days 14 hours runs over the week's end to Monday 08:00.
      { type: 'weekly', fromDay: 5, from: '18:00', toDay: 1, to: '08:00' },
    ]);
  });

  it('reads a whole day or week as no restriction at all', () => {
    for (const restriction of [
      {
        type: 'daily_restriction' as const,
        start_time_of_day: '00:00:00',
        duration_seconds: 86400,
      },
      {
        type: 'weekly_restriction' as const,
        start_time_of_day: '09:00:00',
        duration_seconds: 604800,
        start_day_of_week: 3,
      },
    ]) {
      const result = mapRestrictions(
        [
          restriction,
          {
            type: 'daily_restriction',
            start_time_of_day: '08:00:00',
            duration_seconds: 3600,
          },
        ],
        FIELD,
      );
      expect(result).toEqual({ ok: true, problems: [] });
    }
  });

  it('drops seconds with a problem naming the restriction', () => {
    const result = mapRestrictions(
      [
        {
          type: 'daily_restriction',
          start_time_of_day: '08:00:30',
          duration_seconds: 3601,
        },
      ],
      FIELD,
    );

    expect(result).toEqual({
      ok: true,
      restrictions: [{ type: 'daily', from: '08:00', to: '09:00' }],
      problems: [
        {
          field: `${FIELD}[0]`,
          message:
            'the restriction is not in whole minutes; the portal reads it to the minute',
        },
      ],
    });
  });

  it('refuses a weekly restriction without its day, rather than guess it', () => {
    const result = mapRestrictions(
      [
        {
          type: 'weekly_restriction',
          start_time_of_day: '09:00:00',
          duration_seconds: 3600,
          start_day_of_week: null,
        },
      ],
      FIELD,
    );

    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: `${FIELD}[0].start_day_of_week`,
          message:
            'a weekly_restriction needs start_day_of_week (1 = Monday ... 7 = Sunday)',
        },
      ],
    });
  });

  it('refuses a window shorter than a minute', () => {
    const result = mapRestrictions(
      [
        {
          type: 'daily_restriction',
          start_time_of_day: '09:00:00',
          duration_seconds: 30,
        },
      ],
      FIELD,
    );

    expect(result.ok).toBe(false);
    expect(result.problems[0].field).toBe(`${FIELD}[0].duration_seconds`);
  });
});
