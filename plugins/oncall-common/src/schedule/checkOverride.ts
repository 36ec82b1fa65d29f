import type {
  OnCallRole,
  RotationDefinition,
  ScheduleOverride,
} from '../rotation/types';
import { MAX_SHIFT_WEEKS } from '../rotation/fileSchema';
import { computeSchedule } from './computeSchedule';
import { isoInstant, tryInstantMillis, WEEK_MS } from './instants';

/** The longest override: as long as the longest shift. */
export const MAX_OVERRIDE_WEEKS = MAX_SHIFT_WEEKS;

/** What an override needs before it is stored. */
export interface OverrideDraft {
  role: OnCallRole;
  start: string;
  end: string;
  user: string;
}

/**
 * Why `draft` may not become an override of `definition`, in words, or
 * undefined when it may. `existing` are the rotation's active overrides.
 * Used by the backend before storing, and by the UI to warn early.
 */
export function checkOverride(
  definition: RotationDefinition,
  existing: readonly ScheduleOverride[],
  draft: OverrideDraft,
  now: string,
): string | undefined {
  const start = tryInstantMillis(draft.start);
  const end = tryInstantMillis(draft.end);
  const nowMillis = tryInstantMillis(now);
  if (start === undefined) {
    return 'The start must be an ISO-8601 instant.';
  }
  if (end === undefined) {
    return 'The end must be an ISO-8601 instant.';
  }
  if (nowMillis === undefined) {
    return 'The current time must be an ISO-8601 instant.';
  }
  if (end <= start) {
    return 'The override must end after it starts.';
  }
  if (start < nowMillis) {
    return 'The override starts in the past: only future time can be handed over.';
  }
  if (end - start > MAX_OVERRIDE_WEEKS * WEEK_MS) {
    return `An override lasts at most ${MAX_OVERRIDE_WEEKS} weeks.`;
  }
  const members = new Set(definition.layers.flatMap(layer => layer.members));
  if (!members.has(draft.user)) {
    return `${draft.user} is not a member of any layer of ${definition.title}.`;
  }
  const clash = existing.find(override => {
    const otherStart = tryInstantMillis(override.start);
    const otherEnd = tryInstantMillis(override.end);
    return (
      override.rotation === definition.name &&
      override.role === draft.role &&
      otherStart !== undefined &&
      otherEnd !== undefined &&
      otherStart < end &&
      start < otherEnd
    );
  });
  if (clash) {
    return `It overlaps the ${draft.role} override of ${
      clash.user
    } from ${isoInstant(tryInstantMillis(clash.start)!)} to ${isoInstant(
      tryInstantMillis(clash.end)!,
    )}: cancel that one first.`;
  }
  // The escalation calls the primary, then the secondary: the same person
  // in both roles would leave nobody to escalate to.
  const otherRole = draft.role === 'primary' ? 'secondary' : 'primary';
  const both = computeSchedule(definition, existing, {
    from: isoInstant(start),
    to: isoInstant(end),
  }).find(shift => shift.role === otherRole && shift.user === draft.user);
  if (both) {
    return `${draft.user} is ${otherRole} from ${both.start} to ${both.end}: one person cannot hold both roles at once.`;
  }
  return undefined;
}
