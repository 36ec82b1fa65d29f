import type { OnCallOverview } from '@localplus/plugin-oncall-common';
import { servicesOf } from '../RotationService/rotationCoverage';
import type { IsChanger, OnCallViewContext } from './OnCallViewContext';
import { rotationSummary } from './rotationSummary';

/** Every rotation's holders now, with the components each answers for. */
export async function onCallOverview(
  context: OnCallViewContext,
  isChanger: IsChanger,
): Promise<OnCallOverview> {
  const at = context.now().toISOString();
  const [{ rotations, problems }, organisation] = await Promise.all([
    context.rotations.list(),
    context.organisation.current(),
  ]);
  const rows = await Promise.all(
    rotations.map(async rotation => ({
      summary: rotationSummary(rotation, isChanger(rotation)),
      now: await context.rotations.onCallAt(rotation.definition.name, at),
      services: servicesOf(rotation, organisation),
    })),
  );
  // Everyone of every rotation, not only today's holders: the On call page
  // names the people of pages and shifts from here too.
  const people = await context.rotations.people(
    new Set([
      ...rotations.flatMap(({ definition }) =>
        definition.layers.flatMap(layer => layer.members),
      ),
      ...rows.flatMap(({ now }) =>
        [now.primary, now.secondary, now.nextPrimary, now.nextSecondary]
          .filter(shift => shift !== undefined)
          .map(shift => shift.user),
      ),
    ]),
  );
  return { at, rotations: rows, people, problems };
}
