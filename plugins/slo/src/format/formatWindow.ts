import { DateTime } from 'luxon';
import type { SloWindowReport } from '@localplus/plugin-slo-common';

const DAY_SECONDS = 86400;

function days(seconds: number): string {
  const count = Math.round(seconds / DAY_SECONDS);
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/**
 * The window an objective is measured over: `rolling 30 days`, or for a
 * calendar window `calendar month since 1 Nov` (in the window's own zone).
 */
export function formatWindow(window: SloWindowReport): string {
  if (window.rolling) {
    return `rolling ${days(window.seconds)}`;
  }
  const start = DateTime.fromISO(window.start, { setZone: true });
  const period = window.duration.endsWith('M') ? 'month' : days(window.seconds);
  const since = start.isValid
    ? ` since ${start.toFormat('d LLL', { locale: 'en-GB' })}`
    : '';
  return `calendar ${period}${since}`;
}

/** How far into a calendar window we are: `day 20 of 30`; empty for rolling ones. */
export function formatWindowProgress(window: SloWindowReport): string {
  if (window.rolling) {
    return '';
  }
  const elapsed = Math.max(1, Math.ceil(window.elapsedSeconds / DAY_SECONDS));
  return `day ${elapsed} of ${Math.round(window.seconds / DAY_SECONDS)}`;
}
