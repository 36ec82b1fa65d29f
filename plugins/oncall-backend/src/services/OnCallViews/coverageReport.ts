import {
  auditCoverage,
  CoverageFinding,
  CoverageReport,
} from '@localplus/plugin-oncall-common';
import { coversEntity } from '../RotationService/rotationCoverage';
import type { OnCallViewContext } from './OnCallViewContext';

/** Criticalities whose services must have someone on call. */
const CRITICAL = new Set(['P0', 'P1']);
const WEEK_MS = 7 * 86_400_000;

/**
 * The coverage audit over the next `weeks`: the engine's findings (gaps,
 * one-person layers, people outside the owning group) and the catalog's
 * critical components (P0, P1) that no rotation answers for.
 */
export async function coverageReport(
  context: OnCallViewContext,
  weeks: number,
): Promise<CoverageReport> {
  const start = context.now().getTime();
  const from = new Date(start).toISOString();
  const to = new Date(start + weeks * WEEK_MS).toISOString();
  const [{ rotations }, organisation] = await Promise.all([
    context.rotations.list(),
    context.organisation.current(),
  ]);
  const audited = await Promise.all(
    rotations.map(async rotation => ({
      definition: rotation.definition,
      overrides: await context.rotations.overrides(
        rotation.definition.name,
        from,
        to,
      ),
      ownerMembers: organisation.members(rotation.definition.owner),
    })),
  );
  const uncovered: CoverageFinding[] = organisation
    .components()
    .filter(
      component =>
        component.criticality !== undefined &&
        CRITICAL.has(component.criticality) &&
        !rotations.some(rotation =>
          coversEntity(rotation, organisation, component.ref, component.owner),
        ),
    )
    .map(component => ({
      type: 'critical-service-without-rotation',
      entityRef: component.ref,
      owner: component.owner ?? '',
      criticality: component.criticality!,
    }));
  return {
    from,
    to,
    findings: [
      ...auditCoverage({ rotations: audited, from, to }),
      ...uncovered,
    ],
  };
}
