import { formatInstant, formatPeriod } from './formatInstant';

describe('formatInstant', () => {
  it("shows an instant on the viewer's clock (Paris in tests)", () => {
    expect(formatInstant('2026-05-20T06:00:00.000Z')).toBe(
      '20 May 2026, 08:00',
    );
  });

  it('shows text that is not an instant as it came, and a dash for nothing', () => {
    expect(formatInstant('soon')).toBe('soon');
    expect(formatInstant(undefined)).toBe('—');
  });
});

describe('formatPeriod', () => {
  it('shows the days a period covers, its exclusive end as the day before', () => {
    expect(
      formatPeriod({
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-04-01T00:00:00.000Z',
      }),
    ).toBe('1 Jan 2026 – 31 Mar 2026');
  });

  it('shows the time of an end within a day', () => {
    expect(
      formatPeriod({
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-01-02T12:30:00.000Z',
      }),
    ).toBe('1 Jan 2026 – 2 Jan 2026, 12:30');
  });
});
