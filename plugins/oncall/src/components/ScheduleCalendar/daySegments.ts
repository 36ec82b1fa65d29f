import { DateTime } from 'luxon';
import type { OnCallRole, Shift } from '@localplus/plugin-oncall-common';

/** Who holds a role during part of one calendar day; no user is a gap. */
export interface DaySegment {
  user?: string;
  start: DateTime;
  end: DateTime;
  overrideId?: string;
  /** Whether the segment begins or ends inside the day (a handoff or an override edge). */
  startsInDay: boolean;
  endsInDay: boolean;
}

/**
 * The role's holders over one day of the viewer's calendar, in order,
 * with the stretches nobody holds as gaps: what one calendar cell shows.
 */
export function daySegments(
  shifts: Shift[],
  role: OnCallRole,
  dayStart: DateTime,
): DaySegment[] {
  const dayEnd = dayStart.plus({ days: 1 });
  const held = shifts
    .filter(shift => shift.role === role)
    .map(shift => ({
      shift,
      start: DateTime.max(DateTime.fromISO(shift.start), dayStart),
      end: DateTime.min(DateTime.fromISO(shift.end), dayEnd),
    }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start.toMillis() - b.start.toMillis());

  const segments: DaySegment[] = [];
  let cursor = dayStart;
  const push = (segment: Omit<DaySegment, 'startsInDay' | 'endsInDay'>) => {
    const previous = segments[segments.length - 1];
    if (
      previous &&
      previous.user === segment.user &&
      previous.overrideId === segment.overrideId &&
      +previous.end === +segment.start
    ) {
      previous.end = segment.end;
    } else {
      segments.push({ ...segment, startsInDay: false, endsInDay: false });
    }
  };
  for (const { shift, start, end } of held) {
    if (start > cursor) {
      push({ start: cursor, end: start });
    }
    push({
      user: shift.user,
      start: DateTime.max(start, cursor),
      end,
      overrideId: shift.overrideId,
    });
    cursor = DateTime.max(cursor, end);
  }
  if (cursor < dayEnd) {
    push({ start: cursor, end: dayEnd });
  }
  for (const segment of segments) {
    segment.startsInDay = +segment.start > +dayStart;
    segment.endsInDay = +segment.end < +dayEnd;
  }
  return segments;
}
