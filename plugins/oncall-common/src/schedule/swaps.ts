import type {
  OnCallRole,
  RotationDefinition,
  ScheduleOverride,
  Shift,
} from '../rotation/types';
import { checkOverride } from './checkOverride';
import { roleTimelines } from './computeSchedule';
import { isoInstant, tryInstantMillis, WEEK_MS } from './instants';
import { segmentToShift } from './segments';

/** An override as the engine proposes it; the backend adds id, author, time and reason. */
export type ScheduleOverrideDraft = Omit<
  ScheduleOverride,
  'id' | 'createdBy' | 'createdAt' | 'reason'
>;

export interface SwapRequest {
  role: OnCallRole;
  firstShiftStart: string;
  secondShiftStart: string;
}

export type SwapPlan =
  | { overrides: [ScheduleOverrideDraft, ScheduleOverrideDraft] }
  | { refusal: string };

// A shift lasts at most 8 weeks, so looking this far around `start` finds it whole.
const AROUND_MS = 8 * WEEK_MS;

/** The final-schedule shift of `role` that starts exactly at `start`, if any. */
export function findShiftStartingAt(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  role: OnCallRole,
  start: string,
): Shift | undefined {
  const at = tryInstantMillis(start);
  if (at === undefined) {
    return undefined;
  }
  const timeline = roleTimelines(definition, overrides, {
    start: at - AROUND_MS,
    end: at + AROUND_MS + 1,
  })[role];
  const segment = timeline.find(candidate => candidate.start === at);
  return segment && segmentToShift(segment, definition.name, role);
}

/**
 * The two overrides by which the holders of two shifts of one role trade
 * them, or why they cannot: each shift must exist, be held by different
 * people, not have begun, and each override must pass `checkOverride`.
 */
export function planSwap(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  request: SwapRequest,
  now: string,
): SwapPlan {
  const { role } = request;
  if (
    tryInstantMillis(request.firstShiftStart) ===
    tryInstantMillis(request.secondShiftStart)
  ) {
    return { refusal: 'A shift cannot be swapped with itself.' };
  }
  const first = findShiftStartingAt(
    definition,
    overrides,
    role,
    request.firstShiftStart,
  );
  const second = findShiftStartingAt(
    definition,
    overrides,
    role,
    request.secondShiftStart,
  );
  if (!first || !second) {
    const missing = !first ? request.firstShiftStart : request.secondShiftStart;
    return {
      refusal: `No ${role} shift of ${definition.title} starts at ${missing}.`,
    };
  }
  if (first.user === second.user) {
    return {
      refusal: `${first.user} holds both shifts: there is nothing to swap.`,
    };
  }
  const drafts: [ScheduleOverrideDraft, ScheduleOverrideDraft] = [
    traded(first, second.user),
    traded(second, first.user),
  ];
  for (const draft of drafts) {
    const refusal = checkOverride(definition, overrides, draft, now);
    if (refusal) {
      return {
        refusal: `The shift from ${isoInstant(
          tryInstantMillis(draft.start)!,
        )} cannot go to ${draft.user}: ${refusal}`,
      };
    }
  }
  return { overrides: drafts };
}

function traded(shift: Shift, user: string): ScheduleOverrideDraft {
  return {
    rotation: shift.rotation,
    role: shift.role,
    start: shift.start,
    end: shift.end,
    user,
    replaces: shift.user,
  };
}
