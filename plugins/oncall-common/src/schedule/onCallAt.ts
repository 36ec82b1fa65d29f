import type { OnCallNow } from '../api/types';
import {
  ON_CALL_ROLES,
  RotationDefinition,
  ScheduleOverride,
} from '../rotation/types';
import { roleTimelines } from './computeSchedule';
import { instantMillis, WEEK_MS } from './instants';
import { Segment, segmentAt, segmentToShift } from './segments';

/** How far ahead the next handoff is looked for. */
export const HANDOFF_SEARCH_WEEKS = 8;
/**
 * How far around `at` shifts are computed: a shift or override lasts at most
 * 8 weeks, so the one holding `at` starts within 8 weeks before it, and the
 * one holding the next handoff ends within 8 weeks after that.
 */
const LOOK_BEHIND_MS = 8 * WEEK_MS;
const LOOK_AHEAD_MS = (HANDOFF_SEARCH_WEEKS + 8) * WEEK_MS;

/**
 * Who holds each role at `at`, when the next change of either holder comes
 * (within 8 weeks) and who holds each role from then on.
 */
export function onCallAt(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  at: string,
): OnCallNow {
  const atMillis = instantMillis(at, 'at');
  const timelines = roleTimelines(definition, overrides, {
    start: atMillis - LOOK_BEHIND_MS,
    end: atMillis + LOOK_AHEAD_MS,
  });
  const now: OnCallNow = {
    rotation: definition.name,
    rotationTitle: definition.title,
    owner: definition.owner,
  };
  const searchEnd = atMillis + HANDOFF_SEARCH_WEEKS * WEEK_MS;
  let nextHandoff: number | undefined;
  for (const role of ON_CALL_ROLES) {
    const current = segmentAt(timelines[role], atMillis);
    if (current) {
      now[role] = segmentToShift(current, definition.name, role);
    }
    const change = nextHolderChange(timelines[role], atMillis);
    if (change !== undefined && change <= searchEnd) {
      nextHandoff = Math.min(nextHandoff ?? change, change);
    }
  }
  if (nextHandoff !== undefined) {
    now.nextHandoff = new Date(nextHandoff).toISOString();
    const primary = segmentAt(timelines.primary, nextHandoff);
    const secondary = segmentAt(timelines.secondary, nextHandoff);
    if (primary) {
      now.nextPrimary = segmentToShift(primary, definition.name, 'primary');
    }
    if (secondary) {
      now.nextSecondary = segmentToShift(
        secondary,
        definition.name,
        'secondary',
      );
    }
  }
  return now;
}

/**
 * The first instant after `at` where the holder differs from the holder at
 * `at` (nobody counting as a holder), or undefined. A change of source alone
 * (the same person by override after their own shift) is no handoff.
 */
export function nextHolderChange(
  timeline: readonly Segment[],
  at: number,
): number | undefined {
  const index = timeline.findIndex(segment => segment.end > at);
  if (index < 0) {
    return undefined;
  }
  const first = timeline[index];
  if (first.start > at) {
    // Nobody holds the role at `at`; the change is when someone does.
    return first.start;
  }
  let current = first;
  for (let k = index + 1; k < timeline.length; k++) {
    const next = timeline[k];
    if (next.start !== current.end || next.user !== current.user) {
      return current.end;
    }
    current = next;
  }
  return current.end;
}
