import { DateTime } from 'luxon';
import type { SloWindowReport } from '@localplus/plugin-slo-common';

const HOUR_SECONDS = 3600;
const DAY_SECONDS = 86400;

/** The calendar units of an OpenSLO duration, as a reader names them. */
const CALENDAR_UNITS: Record<string, string> = {
  d: 'day',
  w: 'week',
  M: 'month',
  Q: 'quarter',
  Y: 'year',
};

function days(seconds: number): string {
  const count = Math.round(seconds / DAY_SECONDS);
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/**
 * What a calendar window is: `calendar week`, `calendar quarter`, or
 * `2-week calendar window` for several units; by its days when its duration
 * reads otherwise.
 */
function calendarWindowName(window: SloWindowReport): string {
  const match = /^([1-9]\d{0,3})([dwMQY])$/.exec(window.duration);
  if (!match) {
    return `calendar ${days(window.seconds)}`;
  }
  const unit = CALENDAR_UNITS[match[2]];
  return match[1] === '1'
    ? `calendar ${unit}`
    : `${match[1]}-${unit} calendar window`;
}

/**
 * The start of a calendar window in its own zone: `Mon 30 Nov` for a window
 * of days or weeks (the weekday tells which week), `1 Nov` otherwise, with
 * the time of day when it is not midnight.
 */
function calendarStart(window: SloWindowReport, start: DateTime): string {
  const byDays = /[dw]$/.test(window.duration);
  const atMidnight = start.hour === 0 && start.minute === 0;
  const format = `${byDays ? 'ccc ' : ''}d LLL${atMidnight ? '' : ' HH:mm'}`;
  return start.toFormat(format, { locale: 'en-GB' });
}

/**
 * The window an objective is measured over: `rolling 30 days`, or for a
 * calendar window `calendar month since 1 Nov`, `calendar week since Mon 30
 * Nov`, `2-week calendar window since Mon 30 Nov` (in the window's own zone).
 */
export function formatWindow(window: SloWindowReport): string {
  if (window.rolling) {
    return `rolling ${days(window.seconds)}`;
  }
  const start = DateTime.fromISO(window.start, { setZone: true });
  const since = start.isValid ? ` since ${calendarStart(window, start)}` : '';
  return `${calendarWindowName(window)}${since}`;
}

/**
 * How far into a calendar window we are: `day 20 of 30`, or `hour 5 of 24`
 * for a window of a day; empty for rolling ones.
 */
export function formatWindowProgress(window: SloWindowReport): string {
  if (window.rolling) {
    return '';
  }
  const unit =
    Math.round(window.seconds / DAY_SECONDS) <= 1
      ? { name: 'hour', seconds: HOUR_SECONDS }
      : { name: 'day', seconds: DAY_SECONDS };
  const elapsed = Math.max(1, Math.ceil(window.elapsedSeconds / unit.seconds));
  return `${unit.name} ${elapsed} of ${Math.round(
    window.seconds / unit.seconds,
  )}`;
}
