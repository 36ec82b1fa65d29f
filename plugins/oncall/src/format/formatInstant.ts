import { DateTime } from 'luxon';

/** English, 24-hour: the portal's wording whatever the browser's language. */
export const DISPLAY_LOCALE = 'en-GB';

const INSTANT_FORMAT = 'ccc d LLL, HH:mm';

/** An ISO instant in the viewer's time zone. */
export function localTime(iso: string): DateTime {
  return DateTime.fromISO(iso).toLocal().setLocale(DISPLAY_LOCALE);
}

/**
 * An instant as the viewer reads it, `Mon 9 Mar, 10:00`, followed by the
 * rotation's own clock when it differs from the viewer's at that instant:
 * `Mon 9 Mar, 04:00 (10:00 Europe/Paris)`.
 */
export function formatInstant(iso: string, rotationZone?: string): string {
  const local = localTime(iso);
  const text = local.toFormat(INSTANT_FORMAT);
  if (!rotationZone) {
    return text;
  }
  const inZone = local.setZone(rotationZone);
  if (!inZone.isValid || inZone.offset === local.offset) {
    return text;
  }
  const sameDay = inZone.toISODate() === local.toISODate();
  const zoned = inZone.toFormat(sameDay ? 'HH:mm' : INSTANT_FORMAT);
  return `${text} (${zoned} ${rotationZone})`;
}

/** A span `Mon 2 Mar, 10:00 – Mon 9 Mar, 10:00`, in the viewer's time zone. */
export function formatSpan(start: string, end: string): string {
  return `${formatInstant(start)} – ${formatInstant(end)}`;
}

/** `in 5 days`, `2 hours ago`: relative to now. */
export function formatRelative(iso: string): string {
  return (
    DateTime.fromISO(iso).toRelative({
      base: DateTime.now(),
      locale: 'en',
    }) ?? ''
  );
}

/**
 * The line under schedules that says which clock the times use: the
 * viewer's, and the rotation's when they differ.
 */
export function timeZoneNote(rotationZone: string): string {
  const viewerZone = DateTime.local().zoneName ?? 'local';
  if (viewerZone === rotationZone) {
    return `Times are ${rotationZone} time, the rotation's time zone.`;
  }
  return `Times are in your time zone (${viewerZone}); the rotation runs on ${rotationZone} time.`;
}
