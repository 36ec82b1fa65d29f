import { DateTime } from 'luxon';
import { atLocalTime, minutesOfDay } from '../rotation/localTime';
import type { LayerRestriction, Weekday } from '../rotation/types';
import type { Span } from './instants';
import { clipSpans, unionSpans } from './intervals';

/**
 * The instants within `span` where any of `restrictions` is active. Windows
 * are wall-clock times of the rotation's zone, so 08:00-18:00 is 07:00Z-17:00Z
 * in a Paris winter and 06:00Z-16:00Z in summer. A window whose end is not
 * after its start (22:00-08:00, Friday 18:00-Monday 08:00) runs over midnight
 * or over the week's end.
 */
export function restrictionWindows(
  restrictions: readonly LayerRestriction[],
  timeZone: string,
  span: Span,
): Span[] {
  const windows = restrictions.flatMap(restriction =>
    restriction.type === 'daily'
      ? dailyWindows(restriction.from, restriction.to, timeZone, span)
      : weeklyWindows(restriction, timeZone, span),
  );
  return clipSpans(unionSpans(windows), span);
}

/** Every day's window from `from` to `to` (local `HH:mm`) overlapping `span`. */
export function dailyWindows(
  from: string,
  to: string,
  timeZone: string,
  span: Span,
): Span[] {
  const fromMinutes = minutesOfDay(from);
  const toMinutes = minutesOfDay(to);
  const endDayOffset = toMinutes > fromMinutes ? 0 : 1;
  const windows: Span[] = [];
  // The day before the span's first local day may hold a window running into it.
  for (
    let day = localDay(span.start, timeZone).minus({ days: 1 });
    atLocalTime(day, 0, timeZone) < span.end;
    day = day.plus({ days: 1 })
  ) {
    windows.push({
      start: atLocalTime(day, fromMinutes, timeZone),
      end: atLocalTime(day.plus({ days: endDayOffset }), toMinutes, timeZone),
    });
  }
  return windows;
}

/** Every week's window from `fromDay from` to `toDay to` overlapping `span`. */
export function weeklyWindows(
  window: { fromDay: Weekday; from: string; toDay: Weekday; to: string },
  timeZone: string,
  span: Span,
): Span[] {
  const fromMinutes = minutesOfDay(window.from);
  const toMinutes = minutesOfDay(window.to);
  const startKey = (window.fromDay - 1) * 1440 + fromMinutes;
  const endKey = (window.toDay - 1) * 1440 + toMinutes;
  // Days from the week's Monday to the window's last day.
  const endDays = window.toDay - 1 + (endKey > startKey ? 0 : 7);
  const first = localDay(span.start, timeZone);
  const windows: Span[] = [];
  for (
    let monday = first.minus({ days: first.weekday - 1 + 7 });
    atLocalTime(monday, 0, timeZone) < span.end;
    monday = monday.plus({ weeks: 1 })
  ) {
    windows.push({
      start: atLocalTime(
        monday.plus({ days: window.fromDay - 1 }),
        fromMinutes,
        timeZone,
      ),
      end: atLocalTime(monday.plus({ days: endDays }), toMinutes, timeZone),
    });
  }
  return windows;
}

/** The local calendar day of an instant, as a UTC date (so days are always 24 h to step through). */
function localDay(at: number, timeZone: string): DateTime {
  const local = DateTime.fromMillis(at, { zone: timeZone });
  return DateTime.utc(local.year, local.month, local.day);
}
