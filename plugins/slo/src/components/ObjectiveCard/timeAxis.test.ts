import { DateTime } from 'luxon';
import { timeTickFormatter } from './timeAxis';

const at = (iso: string) => DateTime.fromISO(iso).toMillis();

describe('timeTickFormatter', () => {
  const t = at('2026-12-07T06:00:00');

  it('labels a window of several days by the day', () => {
    expect(timeTickFormatter(at('2026-11-07T06:00:00'), t)(t)).toBe('7 Dec');
  });

  it('labels a window of a few days by the weekday and time', () => {
    expect(timeTickFormatter(at('2026-12-05T06:00:00'), t)(t)).toBe(
      'Mon 06:00',
    );
  });

  it('labels a window of a day or so by the time, so no two ticks read the same day', () => {
    const format = timeTickFormatter(at('2026-12-07T00:00:00'), t);
    expect([at('2026-12-07T02:00:00'), t].map(format)).toEqual([
      '02:00',
      '06:00',
    ]);
  });
});
