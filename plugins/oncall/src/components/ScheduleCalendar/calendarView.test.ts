import { DateTime } from 'luxon';
import {
  initialView,
  moveView,
  visibleRange,
  visibleWeeks,
  viewTitle,
} from './calendarView';

describe('calendarView', () => {
  it('starts on the week of today, Monday to Sunday', () => {
    const view = initialView();
    expect(viewTitle(view)).toBe('2 – 8 Mar 2026');
    expect(visibleRange(view)).toEqual({
      from: '2026-03-01T23:00:00.000Z',
      to: '2026-03-08T23:00:00.000Z',
    });
  });

  it('moves a week or a month at a time', () => {
    const week = initialView();
    expect(viewTitle(moveView(week, 1))).toBe('9 – 15 Mar 2026');
    expect(viewTitle(moveView(week, -1))).toBe('23 Feb – 1 Mar 2026');
    const month = initialView('month');
    expect(viewTitle(month)).toBe('March 2026');
    expect(viewTitle(moveView(month, -1))).toBe('February 2026');
  });

  it('shows every week touching the month, across a daylight saving change', () => {
    const weeks = visibleWeeks(initialView('month'));
    expect(weeks.map(w => w.toISODate())).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    // Paris moves to summer time on 29 March: the range ends at local midnight.
    expect(visibleRange(initialView('month')).to).toBe(
      '2026-04-05T22:00:00.000Z',
    );
  });

  it('names weeks spanning two years', () => {
    const view = {
      mode: 'week' as const,
      anchor: DateTime.fromISO('2026-12-30'),
    };
    expect(viewTitle(view)).toBe('28 Dec 2026 – 3 Jan 2027');
  });
});
