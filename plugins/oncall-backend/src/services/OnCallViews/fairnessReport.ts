import { fairnessRows, FairnessReport } from '@localplus/plugin-oncall-common';
import type { OnCallViewContext } from './OnCallViewContext';

/** The most pages the page store lists at once; a period with more is counted short. */
const MAX_PAGES = 1000;

/**
 * Hours on call, nights, weekends, pages and compensation per person over
 * [from, to), across every rotation.
 */
export async function fairnessReport(
  context: OnCallViewContext,
  from: string,
  to: string,
): Promise<FairnessReport> {
  const { rotations } = await context.rotations.list();
  const [inputs, pages] = await Promise.all([
    Promise.all(
      rotations.map(async rotation => ({
        definition: rotation.definition,
        overrides: await context.rotations.overrides(
          rotation.definition.name,
          from,
          to,
        ),
      })),
    ),
    context.pageStore.list({ from, to, status: 'all', limit: MAX_PAGES }),
  ]);
  const rows = fairnessRows({ rotations: inputs, pages, from, to });
  const people = await context.rotations.people(rows.map(row => row.user));
  return { from, to, rows, people };
}
