import { DateTime } from 'luxon';
import { DISPLAY_LOCALE } from '../../format/formatInstant';

/** How much of the schedule the calendar shows at once. */
export type CalendarMode = 'week' | 'month';

/** The calendar's position: a mode and a day inside the period shown (viewer's zone). */
export interface CalendarView {
  mode: CalendarMode;
  anchor: DateTime;
}

/** The week containing now, in the viewer's zone. */
export function initialView(mode: CalendarMode = 'week'): CalendarView {
  return { mode, anchor: DateTime.now().startOf('day') };
}

/** The Mondays of the weeks shown: one, or every week touching the month. */
export function visibleWeeks(view: CalendarView): DateTime[] {
  if (view.mode === 'week') {
    return [view.anchor.startOf('week')];
  }
  const weeks: DateTime[] = [];
  const last = view.anchor.endOf('month');
  for (
    let monday = view.anchor.startOf('month').startOf('week');
    monday <= last;
    monday = monday.plus({ weeks: 1 })
  ) {
    weeks.push(monday);
  }
  return weeks;
}

/** The span to ask the backend for: from the first Monday to the end of the last Sunday. */
export function visibleRange(view: CalendarView): { from: string; to: string } {
  const weeks = visibleWeeks(view);
  return {
    from: weeks[0].toUTC().toISO()!,
    to: weeks[weeks.length - 1].plus({ weeks: 1 }).toUTC().toISO()!,
  };
}

/** The previous or next week or month. */
export function moveView(view: CalendarView, direction: 1 | -1): CalendarView {
  const step =
    view.mode === 'week' ? { weeks: direction } : { months: direction };
  return { ...view, anchor: view.anchor.plus(step) };
}

/** The heading of the period shown: `2 – 8 Mar 2026`, `March 2026`. */
export function viewTitle(view: CalendarView): string {
  const anchor = view.anchor.setLocale(DISPLAY_LOCALE);
  if (view.mode === 'month') {
    return anchor.toFormat('LLLL yyyy');
  }
  const monday = anchor.startOf('week');
  const sunday = monday.plus({ days: 6 });
  const first =
    monday.month === sunday.month
      ? monday.toFormat('d')
      : monday.toFormat('d LLL');
  const firstWithYear =
    monday.year === sunday.year ? first : monday.toFormat('d LLL yyyy');
  return `${firstWithYear} – ${sunday.toFormat('d LLL yyyy')}`;
}
