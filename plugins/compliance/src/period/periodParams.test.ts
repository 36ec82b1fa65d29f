import { dayPeriodProblem, readPeriodParams } from './periodParams';

describe('readPeriodParams', () => {
  it('reads the days of a link', () => {
    expect(
      readPeriodParams(
        new URLSearchParams('from=2026-01-01&to=2026-03-31&framework=soc2'),
      ),
    ).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it.each([
    ['not a day', 'from=yesterday&to=2026-03-31', { to: '2026-03-31' }],
    ['a day that does not exist', 'from=2026-02-30&to=2026-13-01', {}],
    [
      'an injection',
      `from=${encodeURIComponent('2026-01-01&framework=x')}`,
      {},
    ],
    ['a huge year', 'from=99999-01-01', {}],
    ['an instant', 'from=2026-01-01T00:00:00Z', {}],
  ])('drops %s', (_case, search, expected) => {
    expect(readPeriodParams(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('dayPeriodProblem', () => {
  // Today is 20 May 2026 (see setupTests).
  it('accepts a period of up to 366 days ending today', () => {
    expect(
      dayPeriodProblem({ from: '2025-05-20', to: '2026-05-20' }),
    ).toBeUndefined();
  });

  it.each([
    [{ from: '2026-05-01' }, 'Choose both a first and a last day.'],
    [
      { from: '2026-05-10', to: '2026-05-01' },
      'The last day must not be before the first.',
    ],
    [
      { from: '2026-05-01', to: '2026-05-21' },
      'The period cannot end after today.',
    ],
    [
      { from: '2016-01-01', to: '2026-01-01' },
      'A period is at most 366 days; this one is 3654.',
    ],
  ])('explains why %j would be refused', (period, problem) => {
    expect(dayPeriodProblem(period)).toBe(problem);
  });
});
