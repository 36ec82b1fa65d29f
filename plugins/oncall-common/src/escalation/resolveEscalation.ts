import type { OnCallNow, ResolvedEscalationStep } from '../api/types';
import type { RotationDefinition } from '../rotation/types';
import { instantMillis } from '../schedule/instants';

/**
 * The escalation policy with each step's people for now: a role step calls
 * whoever holds the role (nobody where the role is uncovered), a user step
 * that user, a group step the group's members as `groupMembers` lists them.
 */
export function resolveEscalation(
  definition: RotationDefinition,
  now: OnCallNow,
  groupMembers: (groupRef: string) => string[],
): ResolvedEscalationStep[] {
  return definition.escalation.map(step => {
    const { target } = step;
    let people: string[];
    if (target.type === 'role') {
      const holder = now[target.role]?.user;
      people = holder ? [holder] : [];
    } else if (target.type === 'user') {
      people = [target.ref];
    } else {
      people = [...new Set(groupMembers(target.ref))];
    }
    return { ...step, people };
  });
}

/**
 * The index of the last escalation step due at `at` for a page fired at
 * `firedAt` (steps whose delay has elapsed), or -1 when none is due yet.
 */
export function escalationStepDue(
  definition: RotationDefinition,
  firedAt: string,
  at: string,
): number {
  const elapsedMinutes =
    (instantMillis(at, 'at') - instantMillis(firedAt, 'firedAt')) / 60_000;
  let due = -1;
  definition.escalation.forEach((step, index) => {
    if (step.afterMinutes <= elapsedMinutes) {
      due = index;
    }
  });
  return due;
}
