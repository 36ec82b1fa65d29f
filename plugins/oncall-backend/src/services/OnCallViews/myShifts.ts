import type { MyShifts } from '@localplus/plugin-oncall-common';
import type { OnCallViewContext } from './OnCallViewContext';

/** The caller's own shifts over [from, to), in every rotation, by start. */
export async function myShifts(
  context: OnCallViewContext,
  userRef: string,
  from: string,
  to: string,
): Promise<MyShifts> {
  const user = userRef.toLocaleLowerCase('en-US');
  const { rotations } = await context.rotations.list();
  const schedules = await Promise.all(
    rotations.map(rotation =>
      context.rotations.schedule(rotation.definition.name, from, to),
    ),
  );
  const shifts = schedules
    .flat()
    .filter(shift => shift.user.toLocaleLowerCase('en-US') === user)
    .sort((a, b) => a.start.localeCompare(b.start));
  return { user: userRef, from, to, shifts };
}
