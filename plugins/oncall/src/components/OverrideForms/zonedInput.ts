import { DateTime } from 'luxon';

/**
 * A `datetime-local` input's value (`2026-03-05T08:00`) read as a time in
 * the rotation's zone, as an ISO instant; undefined when empty or invalid.
 * A time skipped by a daylight saving change moves forward, as luxon does.
 */
export function zonedInputToIso(
  value: string,
  zone: string,
): string | undefined {
  if (!value) {
    return undefined;
  }
  const time = DateTime.fromISO(value, { zone });
  return time.isValid ? time.toUTC().toISO()! : undefined;
}
