import { DateTime } from 'luxon';
import type {
  OnCallRole,
  RotationSchedule,
  Shift,
} from '@localplus/plugin-oncall-common';

/**
 * The shifts of a role a swap can name, from the schedule on screen: layer
 * shifts not begun yet (the backend refuses to trade a shift under way),
 * with their real start and end.
 *
 * The final schedule splits a shift around an override, so a piece that
 * starts where an override of the role ends continues the shift before it,
 * and so does the override piece itself. A piece starting exactly at the
 * range's start may be the range's cut, not a shift's start, so it is left
 * out (the contract does not say whether the backend clips).
 */
export function swapCandidates(
  schedule: RotationSchedule | undefined,
  role: OnCallRole,
): Shift[] {
  if (!schedule) {
    return [];
  }
  const overrideEnds = new Set(
    schedule.overrides.filter(o => o.role === role).map(o => Date.parse(o.end)),
  );
  const rangeStart = Date.parse(schedule.from);
  const pieces = schedule.shifts
    .filter(shift => shift.role === role)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  const shifts: Shift[] = [];
  let current: Shift | undefined;
  for (const piece of pieces) {
    const start = Date.parse(piece.start);
    const startsShift =
      !piece.overrideId && start !== rangeStart && !overrideEnds.has(start);
    if (startsShift) {
      current = { ...piece };
      shifts.push(current);
    } else if (current && start === Date.parse(current.end)) {
      current.end = piece.end;
    } else {
      current = undefined;
    }
  }
  const now = DateTime.now().toMillis();
  return shifts.filter(shift => Date.parse(shift.start) > now);
}
