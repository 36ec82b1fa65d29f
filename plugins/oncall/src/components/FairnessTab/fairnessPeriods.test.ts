import { periodRange } from './fairnessPeriods';

const custom = (fromDate: string, toDate: string) =>
  periodRange({ kind: 'custom', fromDate, toDate });

describe('periodRange', () => {
  it('reads the running periods up to now', () => {
    const base = { fromDate: '', toDate: '' };
    expect(periodRange({ kind: 'last-4-weeks', ...base })).toEqual({
      range: {
        from: '2026-02-04T09:00:00.000Z',
        to: '2026-03-04T09:00:00.000Z',
      },
    });
    expect(periodRange({ kind: 'this-quarter', ...base })).toEqual({
      range: {
        from: '2025-12-31T23:00:00.000Z',
        to: '2026-03-04T09:00:00.000Z',
      },
    });
    expect(periodRange({ kind: 'last-quarter', ...base })).toEqual({
      range: {
        from: '2025-09-30T22:00:00.000Z',
        to: '2025-12-31T23:00:00.000Z',
      },
    });
  });

  it('counts the last custom day whole', () => {
    expect(custom('2026-01-05', '2026-01-11')).toEqual({
      range: {
        from: '2026-01-04T23:00:00.000Z',
        to: '2026-01-11T23:00:00.000Z',
      },
    });
  });

  it('refuses empty, reversed, malformed and oversized periods', () => {
    expect(custom('', '2026-01-11')).toEqual({
      error: 'Enter both days of the period',
    });
    expect(custom('2026-13-45', '2026-01-11')).toEqual({
      error: 'Enter both days of the period',
    });
    expect(custom('2026-01-11', '2026-01-05')).toEqual({
      error: 'The last day must not be before the first',
    });
    expect(custom('2024-01-01', '2026-01-01')).toEqual({
      error: 'Choose at most 366 days',
    });
  });
});
