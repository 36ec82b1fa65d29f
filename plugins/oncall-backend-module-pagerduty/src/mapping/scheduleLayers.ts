import type {
  OnCallRole,
  RotationLayer,
  ShiftLength,
} from '@localplus/plugin-oncall-common';
import { DateTime, Duration } from 'luxon';
import type { PagerDutySchedule } from '../client/schemas';
import { mapRestrictions } from './restrictions';
import type { MappingProblem, RotationUsers } from './users';

const LOCAL_DATE_TIME = "yyyy-MM-dd'T'HH:mm";
const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * A turn length in seconds in the largest unit that divides it. Weeks and
 * days are added in local time by the engine, so a weekly handoff stays at
 * the same wall-clock time across daylight-saving changes, as in PagerDuty.
 */
export function shiftLengthOf(seconds: number): ShiftLength | undefined {
  if (seconds % WEEK === 0) return { weeks: seconds / WEEK };
  if (seconds % DAY === 0) return { days: seconds / DAY };
  if (seconds % HOUR === 0) return { hours: seconds / HOUR };
  return undefined;
}

function times(length: ShiftLength, count: number): ShiftLength {
  return {
    weeks: (length.weeks ?? 0) * count,
    days: (length.days ?? 0) * count,
    hours: (length.hours ?? 0) * count,
  };
}

/**
 * The turn of a rotation anchored at `anchor` that contains `at`, counted
 * from the anchor (negative before it). PagerDuty anchors turns at
 * `rotation_virtual_start` but starts the layer at `start`; re-anchoring at
 * the turn containing `start` keeps who is on call from `start` onwards and
 * gives the engine a start near the layer's own.
 */
export function turnContaining(
  anchor: DateTime,
  length: ShiftLength,
  at: DateTime,
): { start: DateTime; turns: number } {
  const lengthMs = Duration.fromObject(length).as('milliseconds');
  const startOf = (turn: number) => anchor.plus(times(length, turn));
  let turns = Math.floor(at.diff(anchor).as('milliseconds') / lengthMs);
  // Daylight-saving changes make calendar turns an hour longer or shorter.
  while (startOf(turns) > at) turns -= 1;
  while (startOf(turns + 1) <= at) turns += 1;
  return { start: startOf(turns), turns };
}

function rotate<T>(items: T[], by: number): T[] {
  const shift = ((by % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * The layers of one PagerDuty schedule for one role, in PagerDuty's order
 * (a later layer takes precedence, as in the engine). `timeZone` is the
 * rotation's; PagerDuty wrote the restrictions in that zone when asked to.
 * A layer that cannot be read faithfully is left out with a problem; one
 * that ended before it started is history and is left out silently.
 */
export function mapScheduleLayers(
  schedule: PagerDutySchedule,
  role: OnCallRole,
  timeZone: string,
  users: RotationUsers,
): { layers: RotationLayer[]; problems: MappingProblem[] } {
  const layers: RotationLayer[] = [];
  const problems: MappingProblem[] = [];
  schedule.schedule_layers.forEach((layer, index) => {
    const field = `schedules/${schedule.id}.schedule_layers[${index}]`;
    const name = `${schedule.name}: ${layer.name || `Layer ${index + 1}`}`;
    const shiftLength = shiftLengthOf(layer.rotation_turn_length_seconds);
    if (!shiftLength) {
      problems.push({
        field: `${field}.rotation_turn_length_seconds`,
        message: `${name} hands over every ${layer.rotation_turn_length_seconds} s, which is not a whole number of hours; the layer is left out`,
      });
      return;
    }
    if (layer.users.length === 0) {
      problems.push({
        field: `${field}.users`,
        message: `${name} has no users; the layer is left out`,
      });
      return;
    }
    const restrictions = mapRestrictions(
      layer.restrictions ?? [],
      `${field}.restrictions`,
    );
    problems.push(...restrictions.problems);
    if (!restrictions.ok) {
      return;
    }

    const local = (iso: string) =>
      DateTime.fromISO(iso, { setZone: true }).setZone(timeZone);
    const first = turnContaining(
      local(layer.rotation_virtual_start),
      shiftLength,
      local(layer.start),
    );
    const end = layer.end ? local(layer.end) : undefined;
    if (end && end <= first.start) {
      return;
    }
    const members = layer.users.map(({ user }, position) =>
      users.ref(user.id, `${field}.users[${position}]`),
    );
    layers.push({
      name,
      role,
      start: first.start.toFormat(LOCAL_DATE_TIME),
      shiftLength,
      members: rotate(members, first.turns),
      ...(restrictions.restrictions && {
        restrictions: restrictions.restrictions,
      }),
      ...(end && { end: end.toFormat(LOCAL_DATE_TIME) }),
    });
  });
  return { layers, problems };
}
