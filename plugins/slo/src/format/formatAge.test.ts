import { DateTime } from 'luxon';
import { formatAge } from './formatAge';

const now = DateTime.fromISO('2026-11-21T08:00:00Z');

describe('formatAge', () => {
  it('says how long ago a time was', () => {
    expect(formatAge('2026-11-20T18:00:00Z', now)).toBe('14 hours ago');
    expect(formatAge('2026-11-18T08:00:00Z', now)).toBe('3 days ago');
    expect(formatAge('2026-11-21T07:55:00Z', now)).toBe('5 minutes ago');
  });

  it('reads "just now" under a minute and for times in the future', () => {
    expect(formatAge('2026-11-21T07:59:30Z', now)).toBe('just now');
    expect(formatAge('2026-11-21T08:05:00Z', now)).toBe('just now');
  });

  it('does not throw on an invalid time', () => {
    expect(formatAge('yesterday', now)).toBe('at an unknown time');
  });
});
