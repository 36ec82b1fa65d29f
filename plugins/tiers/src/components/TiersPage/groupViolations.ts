import { TierModel } from '@localplus/plugin-tiers-common';
import { TierViolation } from '../../api/TiersApi';

export interface GroupedViolations {
  /** By level id of the model. */
  byTier: Map<string, TierViolation[]>;
  /** Entities that declare no tier, or one the model does not know. */
  withoutKnownTier: TierViolation[];
}

/** Sorts violations under the tier their entity declares, when it is known. */
export function groupViolations(
  model: Pick<TierModel, 'levels'>,
  violations: TierViolation[],
): GroupedViolations {
  const ids = new Map(
    model.levels.map(level => [level.id.toLocaleUpperCase('en-US'), level.id]),
  );
  const byTier = new Map<string, TierViolation[]>();
  const withoutKnownTier: TierViolation[] = [];
  for (const violation of violations) {
    const id = violation.tier
      ? ids.get(violation.tier.toLocaleUpperCase('en-US'))
      : undefined;
    if (id) {
      byTier.set(id, [...(byTier.get(id) ?? []), violation]);
    } else {
      withoutKnownTier.push(violation);
    }
  }
  return { byTier, withoutKnownTier };
}
