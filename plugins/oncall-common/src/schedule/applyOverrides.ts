import type { OnCallRole, ScheduleOverride } from '../rotation/types';
import { tryInstantMillis } from './instants';
import { subtractSpans } from './intervals';
import type { Segment } from './segments';

/**
 * Lays `top` over `base`: wherever a segment of `top` is, it replaces
 * whatever `base` had. Both sorted and disjoint; so is the result.
 */
export function overlaySegments(
  base: readonly Segment[],
  top: readonly Segment[],
): Segment[] {
  if (top.length === 0) return [...base];
  return [...subtractSpans(base, top), ...top].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * The overrides of `role` on `rotation` as segments, oldest first, each
 * clipped to the parts no later-created override covers: where two overlap,
 * the one created last wins. Malformed overrides are ignored.
 */
export function overrideSegments(
  overrides: readonly ScheduleOverride[],
  rotation: string,
  role: OnCallRole,
): Segment[] {
  const ordered = overrides
    .filter(
      override => override.rotation === rotation && override.role === role,
    )
    .map(override => ({
      override,
      start: tryInstantMillis(override.start),
      end: tryInstantMillis(override.end),
      createdAt: tryInstantMillis(override.createdAt) ?? 0,
    }))
    .filter(
      (entry): entry is typeof entry & { start: number; end: number } =>
        entry.start !== undefined &&
        entry.end !== undefined &&
        entry.end > entry.start,
    )
    .sort(
      (a, b) =>
        a.createdAt - b.createdAt || a.override.id.localeCompare(b.override.id),
    );
  let painted: Segment[] = [];
  for (const { override, start, end } of ordered) {
    painted = overlaySegments(painted, [
      {
        start,
        end,
        user: override.user,
        layer: 'override',
        overrideId: override.id,
      },
    ]);
  }
  return painted;
}
