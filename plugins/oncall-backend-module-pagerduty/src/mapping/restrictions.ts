import type {
  LayerRestriction,
  Weekday,
} from '@localplus/plugin-oncall-common';
import type { PagerDutyRestriction } from '../client/schemas';
import type { MappingProblem } from './users';

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

function timeOfDay(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

/** `HH:mm:ss` as minutes of the day, and whether seconds were dropped. */
function startMinutes(startTimeOfDay: string): {
  minutes: number;
  exact: boolean;
} {
  const [hours, minutes, seconds = '00'] = startTimeOfDay.split(':');
  return {
    minutes: Number(hours) * 60 + Number(minutes),
    exact: Number(seconds) === 0,
  };
}

export type RestrictionsResult =
  | { ok: true; restrictions?: LayerRestriction[]; problems: MappingProblem[] }
  | { ok: false; problems: MappingProblem[] };

/**
 * PagerDuty restrictions (`start_time_of_day` + `duration_seconds`, and
 * `start_day_of_week` for weekly ones) as the engine's windows with a start
 * and an end. A restriction lasting a whole day (daily) or week (weekly)
 * restricts nothing, and then neither do the others: the layer is always on.
 * Our windows count in minutes, so seconds are dropped with a problem.
 */
export function mapRestrictions(
  restrictions: PagerDutyRestriction[],
  field: string,
): RestrictionsResult {
  const problems: MappingProblem[] = [];
  const windows: LayerRestriction[] = [];
  let alwaysOn = false;
  // Guessing would put people on call at the wrong time: the layer is left out.
  let unusable = false;
  restrictions.forEach((restriction, index) => {
    const at = `${field}[${index}]`;
    const start = startMinutes(restriction.start_time_of_day);
    const duration = Math.floor(restriction.duration_seconds / 60);
    if (duration === 0) {
      unusable = true;
      problems.push({
        field: `${at}.duration_seconds`,
        message:
          'the restriction is shorter than a minute, which the portal cannot show',
      });
      return;
    }
    if (!start.exact || restriction.duration_seconds % 60 !== 0) {
      problems.push({
        field: at,
        message:
          'the restriction is not in whole minutes; the portal reads it to the minute',
      });
    }
    if (restriction.type === 'daily_restriction') {
      if (duration >= MINUTES_PER_DAY) {
        alwaysOn = true;
        return;
      }
      windows.push({
        type: 'daily',
        from: timeOfDay(start.minutes),
        to: timeOfDay((start.minutes + duration) % MINUTES_PER_DAY),
      });
      return;
    }
    const day = restriction.start_day_of_week;
    if (!day) {
      unusable = true;
      problems.push({
        field: `${at}.start_day_of_week`,
        message:
          'a weekly_restriction needs start_day_of_week (1 = Monday ... 7 = Sunday)',
      });
      return;
    }
    if (duration >= MINUTES_PER_WEEK) {
      alwaysOn = true;
      return;
    }
    const end = (day - 1) * MINUTES_PER_DAY + start.minutes + duration;
    windows.push({
      type: 'weekly',
      fromDay: day as Weekday,
      from: timeOfDay(start.minutes),
      toDay: ((Math.floor(end / MINUTES_PER_DAY) % 7) + 1) as Weekday,
      to: timeOfDay(end % MINUTES_PER_DAY),
    });
  });
  if (unusable) {
    return { ok: false, problems };
  }
  if (alwaysOn || windows.length === 0) {
    return { ok: true, problems };
  }
  return { ok: true, restrictions: windows, problems };
}
