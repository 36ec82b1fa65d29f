import type { CoverageFinding } from '../api/types';
import type { RotationDefinition, ScheduleOverride } from '../rotation/types';
import { roleTimelines } from '../schedule/computeSchedule';
import { isoInstant, rangeSpan, Span } from '../schedule/instants';
import { subtractSpans } from '../schedule/intervals';

export interface CoverageAuditInput {
  rotations: Array<{
    definition: RotationDefinition;
    overrides: readonly ScheduleOverride[];
    /** User refs of the owning group's members, sub-groups included as the caller decides. */
    ownerMembers: readonly string[];
  }>;
  from: string;
  to: string;
}

/**
 * The coverage audit of each rotation over [from, to), in input order:
 * every maximal span with no primary (`gap`), every layer whose members are
 * one person (`single-person-layer`), and every person on call in either
 * role who is not among the owner's members (`not-in-owning-group`, with
 * their first instant on call in the range, earliest first).
 */
export function auditCoverage(input: CoverageAuditInput): CoverageFinding[] {
  const span = rangeSpan(input);
  return input.rotations.flatMap(({ definition, overrides, ownerMembers }) => [
    ...primaryGaps(definition, overrides, span),
    ...singlePersonLayers(definition),
    ...outsideOwningGroup(definition, overrides, ownerMembers, span),
  ]);
}

function primaryGaps(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  span: Span,
): CoverageFinding[] {
  if (span.end <= span.start) return [];
  const { primary } = roleTimelines(definition, overrides, span);
  return subtractSpans([span], primary).map(gap => ({
    type: 'gap',
    rotation: definition.name,
    role: 'primary',
    start: isoInstant(gap.start),
    end: isoInstant(gap.end),
  }));
}

function singlePersonLayers(definition: RotationDefinition): CoverageFinding[] {
  return definition.layers
    .filter(layer => new Set(layer.members).size === 1)
    .map(layer => ({
      type: 'single-person-layer',
      rotation: definition.name,
      layer: layer.name,
      user: layer.members[0],
    }));
}

function outsideOwningGroup(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  ownerMembers: readonly string[],
  span: Span,
): CoverageFinding[] {
  const members = new Set(ownerMembers);
  const firstOnCall = new Map<string, number>();
  const timelines = roleTimelines(definition, overrides, span);
  for (const segment of [...timelines.primary, ...timelines.secondary]) {
    if (members.has(segment.user)) continue;
    const known = firstOnCall.get(segment.user);
    if (known === undefined || segment.start < known) {
      firstOnCall.set(segment.user, segment.start);
    }
  }
  return [...firstOnCall]
    .sort(([a, x], [b, y]) => x - y || a.localeCompare(b))
    .map(([user, start]) => ({
      type: 'not-in-owning-group',
      rotation: definition.name,
      user,
      owner: definition.owner,
      firstShiftStart: isoInstant(start),
    }));
}
