import { IANAZone } from 'luxon';
import {
  ON_CALL_ROLES,
  OnCallRole,
  RotationDefinition,
  ScheduleOverride,
  Shift,
} from '../rotation/types';
import { rangeSpan, Span } from './instants';
import { clipSpans } from './intervals';
import { layerSegments } from './layerSegments';
import { overlaySegments, overrideSegments } from './applyOverrides';
import { mergeAdjacent, Segment, segmentToShift } from './segments';

/**
 * The final schedule of a rotation over [from, to): for each role, its
 * layers in order (a later layer wins wherever it has someone on call),
 * then the overrides over all of them (a later-created override wins over
 * an earlier one). Shifts are sorted by role then start, clipped to the
 * range, touching shifts of one person from one source joined.
 */
export function computeSchedule(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  range: { from: string; to: string },
): Shift[] {
  const timelines = roleTimelines(definition, overrides, rangeSpan(range));
  return ON_CALL_ROLES.flatMap(role =>
    timelines[role].map(segment =>
      segmentToShift(segment, definition.name, role),
    ),
  );
}

/** Each role's holders over `span` in epoch ms: sorted, disjoint, merged. */
export function roleTimelines(
  definition: RotationDefinition,
  overrides: readonly ScheduleOverride[],
  span: Span,
): Record<OnCallRole, Segment[]> {
  const timelines = { primary: [], secondary: [] } as Record<
    OnCallRole,
    Segment[]
  >;
  if (!IANAZone.isValidZone(definition.timeZone)) {
    throw new Error(
      `rotation ${definition.name} has an unknown time zone "${definition.timeZone}"`,
    );
  }
  if (span.end <= span.start) {
    return timelines;
  }
  for (const role of ON_CALL_ROLES) {
    let timeline: Segment[] = [];
    for (const layer of definition.layers) {
      if (layer.role === role) {
        timeline = overlaySegments(
          timeline,
          layerSegments(layer, definition.timeZone, span),
        );
      }
    }
    timeline = overlaySegments(
      timeline,
      overrideSegments(overrides, definition.name, role),
    );
    timelines[role] = mergeAdjacent(clipSpans(timeline, span));
  }
  return timelines;
}
