import { calendarSlo } from '../__fixtures__/calendarSlos';
import { errorBudget } from '../budget/errorBudget';
import {
  formatOpenSloProblem,
  parseOpenSloDocuments,
} from './parseOpenSloDocuments';
import type { OpenSloSlo } from './schema';
import {
  objectiveTarget,
  sloAlertPeriodSeconds,
  sloPeriodAt,
  sloWindowSeconds,
} from './sloAccessors';

function parse(text: string) {
  const { documents, problems } = parseOpenSloDocuments(text);
  return {
    slo: documents[0] as OpenSloSlo | undefined,
    problems: problems.map(formatOpenSloProblem),
  };
}

function sloOf(text: string): OpenSloSlo {
  const { slo, problems } = parse(text);
  expect(problems).toEqual([]);
  return slo!;
}

describe('calendar windows as OpenSLO v1 writes them', () => {
  it('reads a calendar window without isRolling as a calendar window', () => {
    const slo = sloOf(calendarSlo({}));
    expect(slo.spec.timeWindow[0].isRolling).toBe(false);
  });

  it.each([
    ['30 February', '2025-02-30 00:00:00', 'must be a real date and time'],
    ['hour 25', '2025-01-21 25:00:00', 'must be a real date and time'],
    ['minute 61', '2025-01-21 09:61:00', 'must be a real date and time'],
    ['an ISO timestamp', '2025-01-21T09:00:00Z', 'must look like'],
  ])('refuses a startTime on %s', (_label, startTime, message) => {
    const { slo, problems } = parse(
      calendarSlo({
        startTime: `"${startTime}"`,
        isRolling: '      isRolling: false',
      }),
    );
    expect(slo).toBeUndefined();
    expect(problems).toEqual([
      expect.stringContaining(
        `document 0: spec.timeWindow[0].calendar.startTime: ${message}`,
      ),
    ]);
  });

  it.each([['Europe/Pariss'], ['CEST'], ['+02:00']])(
    'refuses the time zone %s',
    timeZone => {
      const { problems } = parse(
        calendarSlo({
          timeZone: `"${timeZone}"`,
          isRolling: '      isRolling: false',
        }),
      );
      expect(problems).toEqual([
        'document 0: spec.timeWindow[0].calendar.timeZone: must be an IANA time zone such as Europe/Paris',
      ]);
    },
  );
});

describe('the budget period of a calendar month', () => {
  it('starts on the day and time of startTime, in its time zone', () => {
    const slo = sloOf(calendarSlo({}));
    const period = sloPeriodAt(slo, new Date('2026-03-05T12:00:00Z'));
    expect(period.start.toISO()).toBe('2026-02-21T09:00:00.000+01:00');
    expect(period.end.toISO()).toBe('2026-03-21T09:00:00.000+01:00');
    expect(period.seconds).toBe(28 * 86400);
    // Just before 09:00 Paris time on the 21st, still the previous period.
    expect(
      sloPeriodAt(slo, new Date('2026-03-21T07:59:59Z')).start.toISO(),
    ).toBe('2026-02-21T09:00:00.000+01:00');
    expect(
      sloPeriodAt(slo, new Date('2026-03-21T08:00:00Z')).start.toISO(),
    ).toBe('2026-03-21T09:00:00.000+01:00');
  });

  it('is the real month: 31 days less the spring clock change at 99.5 % is 222.9 minutes', () => {
    const slo = sloOf(calendarSlo({ startTime: '"2025-01-01 00:00:00"' }));
    const march = new Date('2026-03-15T12:00:00Z');
    expect(sloWindowSeconds(slo, march)).toBe(31 * 86400 - 3600);
    const budget = errorBudget(
      objectiveTarget(slo.spec.objectives[0]),
      sloWindowSeconds(slo, march),
    );
    expect(budget.allowedBadSeconds / 60).toBeCloseTo(222.9, 9);
    // January has no clock change: 31 days, 223.2 minutes.
    const january = new Date('2026-01-15T12:00:00Z');
    expect(
      errorBudget(0.995, sloWindowSeconds(slo, january)).allowedBadSeconds / 60,
    ).toBeCloseTo(223.2, 9);
  });

  it('clamps a period anchored on the 31st to short months', () => {
    const slo = sloOf(
      calendarSlo({ startTime: '"2025-01-31 00:00:00"', timeZone: 'UTC' }),
    );
    const period = sloPeriodAt(slo, new Date('2026-03-10T00:00:00Z'));
    expect(period.start.toISO()).toBe('2026-02-28T00:00:00.000Z');
    expect(period.end.toISO()).toBe('2026-03-31T00:00:00.000Z');
  });

  it('sizes the alert windows on the shortest month the calendar has', () => {
    expect(sloAlertPeriodSeconds(sloOf(calendarSlo({})))).toBe(28 * 86400);
  });
});

describe('the budget period of other calendar windows', () => {
  /** The billing SLO with another calendar duration, set after parsing. */
  function sloOver(duration: string, startTime: string): OpenSloSlo {
    const slo = sloOf(calendarSlo({ startTime: `"${startTime}"` }));
    slo.spec.timeWindow[0].duration = duration;
    return slo;
  }

  it('reads a week from its anchor, an hour shorter across the spring change', () => {
    const slo = sloOver('1w', '2025-01-06 00:00:00');
    const period = sloPeriodAt(slo, new Date('2026-03-25T12:00:00Z'));
    expect(period.start.toISO()).toBe('2026-03-23T00:00:00.000+01:00');
    expect(period.end.toISO()).toBe('2026-03-30T00:00:00.000+02:00');
    expect(sloWindowSeconds(slo, new Date('2026-03-25T12:00:00Z'))).toBe(
      7 * 86400 - 3600,
    );
    expect(sloAlertPeriodSeconds(slo)).toBe(7 * 86400 - 3600);
  });

  it('reads a quarter from its anchor and sizes alerts on its shortest quarter', () => {
    const slo = sloOver('1Q', '2025-01-01 00:00:00');
    const period = sloPeriodAt(slo, new Date('2026-05-15T12:00:00Z'));
    expect(period.start.toISO()).toBe('2026-04-01T00:00:00.000+02:00');
    expect(period.end.toISO()).toBe('2026-07-01T00:00:00.000+02:00');
    expect(period.seconds).toBe(91 * 86400);
    expect(sloAlertPeriodSeconds(slo)).toBe(90 * 86400 - 3600);
  });
});
