import { Settings } from 'luxon';
import {
  formatInstant,
  formatRelative,
  formatSpan,
  timeZoneNote,
} from './formatInstant';

describe('formatInstant', () => {
  const zone = Settings.defaultZone;
  afterEach(() => {
    Settings.defaultZone = zone;
  });

  it("shows an instant on the viewer's clock, in English", () => {
    Settings.defaultZone = 'Europe/Paris';
    expect(formatInstant('2026-03-09T09:00:00.000Z', 'Europe/Paris')).toBe(
      'Mon 9 Mar, 10:00',
    );
  });

  it("adds the rotation's clock when the viewer's differs", () => {
    Settings.defaultZone = 'America/New_York';
    expect(formatInstant('2026-03-09T09:00:00.000Z', 'Europe/Paris')).toBe(
      'Mon 9 Mar, 05:00 (10:00 Europe/Paris)',
    );
    // Another day in the rotation's zone: the date is repeated.
    expect(formatInstant('2026-03-09T03:30:00.000Z', 'Europe/Paris')).toBe(
      'Sun 8 Mar, 23:30 (Mon 9 Mar, 04:30 Europe/Paris)',
    );
    expect(timeZoneNote('Europe/Paris')).toBe(
      'Times are in your time zone (America/New_York); the rotation runs on Europe/Paris time.',
    );
  });

  it('follows daylight saving time in the rotation zone', () => {
    Settings.defaultZone = 'UTC';
    // Paris moves to UTC+2 on 29 March 2026.
    expect(formatInstant('2026-03-30T08:00:00.000Z', 'Europe/Paris')).toBe(
      'Mon 30 Mar, 08:00 (10:00 Europe/Paris)',
    );
  });

  it('says so when viewer and rotation share the zone', () => {
    Settings.defaultZone = 'Europe/Paris';
    expect(timeZoneNote('Europe/Paris')).toBe(
      "Times are Europe/Paris time, the rotation's time zone.",
    );
  });

  it('formats spans and relative times', () => {
    Settings.defaultZone = 'Europe/Paris';
    expect(
      formatSpan('2026-03-02T09:00:00.000Z', '2026-03-09T09:00:00.000Z'),
    ).toBe('Mon 2 Mar, 10:00 – Mon 9 Mar, 10:00');
    // setupTests fixes now at Wednesday 4 March 2026, 10:00 in Paris.
    expect(formatRelative('2026-03-09T09:00:00.000Z')).toBe('in 5 days');
  });
});
